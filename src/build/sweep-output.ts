/**
 * Keeps the output folder between builds instead of emptying it, so that the pages an
 * incremental build does not render stay where they are rather than being copied back from
 * Astro's cache one by one. A build marks when it starts; every file it writes, copies or keeps
 * is touched then or later; its last step deletes every file older than that mark (a deleted
 * or renamed article's page, a stale asset) and the folders left empty, so the output equals a
 * cold build's.
 */
import { readdir, readFile, rm, rmdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';

/** File calls at once: they wait on the disk, not the CPU. */
const CALLS_AT_ONCE = 64;

const START_FILE = 'newsroom-build-started';

/** Records the instant a build starts, in its cache folder. */
export async function markOutputStart(cacheDir: string, now = Date.now()): Promise<void> {
  await writeFile(join(cacheDir, START_FILE), `${now}\n`);
}

/** The instant the last build started, if it recorded one. */
export async function readOutputStart(cacheDir: string): Promise<number | undefined> {
  const text = await readFile(join(cacheDir, START_FILE), 'utf8').catch(() => undefined);
  const instant = text === undefined ? Number.NaN : Number(text.trim());
  return Number.isFinite(instant) ? instant : undefined;
}

/** Marks files as written by this build (pages Astro kept in place, files linked from caches). */
export async function touchFiles(files: readonly (string | URL)[], now = new Date()): Promise<void> {
  const limit = pLimit(CALLS_AT_ONCE);
  await Promise.all(
    files.map((file) => limit(() => utimes(typeof file === 'string' ? file : fileURLToPath(file), now, now).catch(() => undefined))),
  );
}

/**
 * Deletes every file under `outDir` last written before `since` (ms), then every folder left
 * empty; returns how many files went.
 */
export async function sweepOutput(outDir: string, since: number): Promise<number> {
  let removed = 0;
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const limit = pLimit(CALLS_AT_ONCE);
  await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) =>
        limit(async () => {
          const file = join(entry.parentPath, entry.name);
          if ((await stat(file)).mtimeMs < since) {
            await rm(file, { force: true });
            removed++;
          }
        }),
      ),
  );
  // Deepest first, so a folder whose only child was an empty folder goes too.
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name));
  folders.sort((a, b) => b.length - a.length);
  for (const folder of folders) await rmdir(folder).catch(() => undefined);
  return removed;
}
