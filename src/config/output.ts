import { createHash } from 'node:crypto';
import { relative, resolve, isAbsolute, join } from 'node:path';
import { env } from './env.ts';

/**
 * Where a build writes and where the site ends up. Astro moves files it renders outside the
 * project into `OUT_DIR` by renaming them, which fails when `OUT_DIR` is on another file system
 * (a mounted volume, a container's output disk). So a build whose `OUT_DIR` lies outside the
 * project writes into a folder of its own inside the project, and its last step copies the
 * finished site into `OUT_DIR`; one inside the project is written in place.
 */
export interface OutputFolders {
  /** Where Astro, the share cards and the search step write. */
  buildDir: string;
  /** Where the finished site is copied, when that is not `buildDir`. */
  publishDir: string | undefined;
}

export function outputFolders(outDir: string = env.outDir, projectDir: string = process.cwd()): OutputFolders {
  const target = resolve(projectDir, outDir);
  const inside = relative(projectDir, target);
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) return { buildDir: outDir, publishDir: undefined };
  // One folder per destination, so builds into different places never share one.
  const name = createHash('sha256').update(target).digest('hex').slice(0, 16);
  return { buildDir: join('node_modules', '.newsroom-output', name), publishDir: target };
}
