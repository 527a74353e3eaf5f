/**
 * A cache of values kept between builds in one file, each under a digest of what it was
 * computed from, for work that depends on one file alone (the content check's file facts). The whole
 * file belongs to one version of the project's code and lockfile: any change to either, and
 * the cache starts empty, so a build never trusts a value an older program computed. Values
 * must be what `v8.serialize` keeps (strings, numbers, arrays, typed arrays, maps, dates, plain
 * objects).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { listFiles } from './list-files.ts';
import { compareText } from './order.ts';

/** A digest-keyed cache; `save()` keeps the entries asked for or set since it was opened. */
export interface KeyedCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /**
   * Writes the entries used by this build (the others are dropped), under a temporary name
   * first; nothing when they are exactly what was read.
   */
  save(): Promise<void>;
}

interface CacheFile<T> {
  code: string;
  entries: Map<string, T>;
}

/**
 * Opens the cache `name` in `cacheDir`. An unreadable or foreign file (another code version)
 * gives an empty cache.
 */
export async function openKeyedCache<T>(cacheDir: string, name: string, projectRoot = process.cwd()): Promise<KeyedCache<T>> {
  const file = join(cacheDir, `${name}.v8`);
  const code = codeFingerprint(projectRoot);
  const stored = await readFile(file)
    .then((buffer) => deserialize(buffer) as CacheFile<T>)
    .catch(() => undefined);
  const previous = stored?.code === code && stored.entries instanceof Map ? stored.entries : new Map<string, T>();
  const used = new Map<string, T>();
  let added = false;
  return {
    get(key) {
      const value = previous.get(key);
      if (value !== undefined) used.set(key, value);
      return value;
    },
    set(key, value) {
      used.set(key, value);
      added = true;
    },
    async save() {
      // A build that only read what the file holds, all of it, would write the same file.
      if (!added && stored?.code === code && used.size === previous.size) return;
      await mkdir(cacheDir, { recursive: true });
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, serialize({ code, entries: used } satisfies CacheFile<T>));
      await rename(partial, file);
    },
  };
}

/**
 * A digest of the project's code: every file under `src/` and `scripts/` and the lockfile (a few
 * hundred small files, read each time: a preview server's code may change while it runs).
 */
export function codeFingerprint(projectRoot: string): string {
  const hash = createHash('sha256');
  for (const folder of ['src', 'scripts']) {
    for (const name of listFiles(join(projectRoot, folder)).sort(compareText)) {
      hash.update(`${folder}/${name}\n`).update(readFileSync(join(projectRoot, folder, name)));
    }
  }
  return hash.update(readFileSync(join(projectRoot, 'package-lock.json'))).digest('hex');
}
