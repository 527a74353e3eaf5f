import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { ContentFile } from './corpus.ts';

/** How many files are written or stat'ed at once. */
export const IO_CONCURRENCY = 64;

/** Writes generated files under `root`, creating folders first and then at most `IO_CONCURRENCY` files at a time. */
export async function writeFiles(root: string, files: readonly ContentFile[]): Promise<void> {
  const folders = [...new Set(files.map((file) => dirname(join(root, file.path))))];
  await forEachLimited(folders, IO_CONCURRENCY, (folder) => mkdir(folder, { recursive: true }));
  await forEachLimited(files, IO_CONCURRENCY, (file) => writeFile(join(root, file.path), file.text));
}

/** Every file under `root`: path relative to it with `/` separators, to size in bytes. */
export async function scanFiles(root: string): Promise<Map<string, number>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const paths = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const sizes = new Map<string, number>();
  await forEachLimited(paths, IO_CONCURRENCY, async (path) => {
    sizes.set(relative(root, path).split(sep).join('/'), (await stat(path)).size);
  });
  return sizes;
}

/** Items in the site feeds of an output folder: `<item>`s of `rss.xml`, `items` of `feed.json`; undefined when unreadable. */
export async function countFeedItems(
  outDir: string,
): Promise<{ rssItems: number | undefined; jsonFeedItems: number | undefined }> {
  const rss = await readFile(join(outDir, 'rss.xml'), 'utf8').catch(() => undefined);
  let jsonFeedItems: number | undefined;
  try {
    const feed = JSON.parse(await readFile(join(outDir, 'feed.json'), 'utf8')) as { items?: unknown };
    jsonFeedItems = Array.isArray(feed.items) ? feed.items.length : undefined;
  } catch {
    jsonFeedItems = undefined;
  }
  return { rssItems: rss === undefined ? undefined : (rss.match(/<item>/g) ?? []).length, jsonFeedItems };
}

/** Runs `task` over `items` with at most `limit` running at once; rejects on the first failure. */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
