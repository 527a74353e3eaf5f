/**
 * Guards the build cache against a build that stopped half-way (a full disk, a killed process).
 * Astro writes its encoded images into the cache folder directly, not under a temporary name, so
 * such a build can leave a truncated image that the next build would copy into the site as it
 * is. A marker file is written when a build starts and removed when it ends; a build that finds
 * the marker still there first deletes every image cache entry written since it was made.
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markOutputStart, recordRouteFiles } from './sweep-output.ts';

const MARKER = 'newsroom-build-unfinished';

/** Deletes the entries of `assetsDir` written since an unfinished build's marker; returns how many. */
export async function discardUnfinishedEntries(cacheDir: string, assetsDir: string): Promise<number> {
  const marker = await stat(join(cacheDir, MARKER)).catch(() => undefined);
  if (marker === undefined) return 0;
  const names = await readdir(assetsDir, { recursive: true }).catch(() => [] as string[]);
  let discarded = 0;
  for (const name of names) {
    const path = join(assetsDir, name);
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile() && info.mtimeMs >= marker.mtimeMs) {
      await rm(path, { force: true });
      discarded++;
    }
  }
  return discarded;
}

export async function markBuildStarted(cacheDir: string): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await writeFile(join(cacheDir, MARKER), `${new Date().toISOString()}\n`);
}

export async function markBuildFinished(cacheDir: string): Promise<void> {
  await rm(join(cacheDir, MARKER), { force: true });
}

/** The guard as an Astro integration, around `astro build`. */
export function unfinishedBuildGuard(cacheDir: string): AstroIntegration {
  return {
    name: 'newsroom-unfinished-build',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const discarded = await discardUnfinishedEntries(cacheDir, join(cacheDir, 'assets'));
        if (discarded > 0) logger.warn(`the last build did not finish: ${discarded} cached images it wrote are made again`);
        await markBuildStarted(cacheDir);
        await markOutputStart(cacheDir);
      },
      'astro:build:done': async ({ assets, dir }) => {
        // Every route's files, those Astro kept in place from the last build too: the last step
        // keeps them and sweeps the rest (./sweep-output.ts).
        const outDir = fileURLToPath(dir);
        const files = [...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)).split(sep).join('/'));
        await recordRouteFiles(cacheDir, files);
        await markBuildFinished(cacheDir);
      },
    },
  };
}
