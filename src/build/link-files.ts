import { statSync } from 'node:fs';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import pLimit from 'p-limit';

/** Links made at once: they wait on the disk, not the CPU. */
const LINKS_AT_ONCE = 32;

/**
 * Hard-links each source file to its target, creating folders, where copying would cost the
 * time and disk space of the bytes (share cards, search bundles: thousands of files the build
 * keeps in its cache). Nothing rewrites these files in place, so sharing them is safe. Copies
 * where the two are on different disks. A target left by the last build (the output folder is
 * kept) is replaced, unless it is already a link to its source: a build that changed nothing
 * then only looks at each pair (two blocking stats cost less than one trip to the thread pool).
 */
export async function linkFiles(pairs: readonly (readonly [source: string, target: string])[]): Promise<void> {
  const limit = pLimit(LINKS_AT_ONCE);
  await Promise.all(
    pairs.filter(([source, target]) => !isLinkOf(source, target)).map(([source, target]) =>
      limit(async () => {
        await mkdir(dirname(target), { recursive: true });
        await rm(target, { force: true });
        await link(source, target).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EXDEV') throw error;
          await copyFile(source, target);
        });
      }),
    ),
  );
}

/** True when `target` is a hard link to `source` (the same file). */
export function isLinkOf(source: string, target: string): boolean {
  const existing = statSync(target, { throwIfNoEntry: false });
  if (existing === undefined) return false;
  const original = statSync(source);
  return existing.ino === original.ino && existing.dev === original.dev;
}
