/**
 * Keeps the output folder between builds instead of emptying it, so that the pages an
 * incremental build does not render stay where they are rather than being copied back from
 * Astro's cache one by one. A build marks when it starts and records the files of its routes
 * (rendered or kept); its last step deletes every other file older than that mark (a deleted or
 * renamed article's page, a stale asset) and the folders left empty, so the output equals a cold
 * build's. Files other steps manage whole (share cards, search bundles) are left to them.
 */
import { readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import pLimit from 'p-limit';
import { listFiles } from './list-files.ts';

/** File calls at once: they wait on the disk, not the CPU. */
const CALLS_AT_ONCE = 64;

const START_FILE = 'newsroom-build-started';
const ROUTE_FILES = 'newsroom-route-files.json';

/** Records the output files of this build's routes, relative to the output folder. */
export async function recordRouteFiles(cacheDir: string, files: readonly string[]): Promise<void> {
  await writeFile(join(cacheDir, ROUTE_FILES), `${JSON.stringify([...files].sort())}\n`);
}

/** The output files of the last build's routes, if it recorded them. */
export async function readRouteFiles(cacheDir: string): Promise<Set<string> | undefined> {
  const text = await readFile(join(cacheDir, ROUTE_FILES), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : new Set(JSON.parse(text) as string[]);
}

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

/**
 * Deletes every file under `outDir` last written before `since` (ms), then every folder left
 * empty; returns how many files went. Files in `current` (this build's route files) and those
 * `managed` says another step keeps are not even looked at, nor folders it says so of (asked
 * with their path ending in `/`).
 */
export async function sweepOutput(
  outDir: string,
  since: number,
  current: ReadonlySet<string> = new Set(),
  managed: (file: string) => boolean = () => false,
): Promise<number> {
  const limit = pLimit(CALLS_AT_ONCE);
  const older = await Promise.all(
    listFiles(outDir, managed)
      .filter((path) => !current.has(path) && !managed(path))
      .map((path) => join(outDir, path))
      .map((file) => limit(async () => ((await stat(file)).mtimeMs < since ? file : undefined))),
  );
  const stale = older.filter((file) => file !== undefined);
  await removeFiles(outDir, stale);
  return stale.length;
}

/**
 * Deletes files under `root`, then the folders that leaves empty, deepest first. Only a folder
 * that lost a file can have been left empty (a cold build leaves none), so only those and their
 * parents are tried: asking each of the archive's folders would be a failing call per article.
 */
export async function removeFiles(root: string, files: readonly string[]): Promise<void> {
  const limit = pLimit(CALLS_AT_ONCE);
  await Promise.all(files.map((file) => limit(() => rm(file, { force: true }))));
  const top = resolve(root);
  const folders = new Set<string>();
  for (const file of files) {
    for (let folder = dirname(resolve(file)); folder.startsWith(top + sep); folder = dirname(folder)) folders.add(folder);
  }
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) await rmdir(folder).catch(() => undefined);
}
