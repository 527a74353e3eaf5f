import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A temporary cache folder, and a module loaded once it was set. */
export interface TempCache<T> {
  readonly dir: string;
  readonly module: T;
}

/**
 * Points ASTRO_CACHE_DIR at a new temporary folder before the calling file's tests, then
 * loads a module with `load` (a dynamic import): modules under src/content read the cache
 * folder once, at import. The folder is removed after the tests.
 */
export function withTempCache<T>(prefix: string, load: () => Promise<T>): TempCache<T> {
  let dir: string | undefined;
  let module: T | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    process.env['ASTRO_CACHE_DIR'] = dir;
    module = await load();
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      if (dir === undefined) throw new Error('withTempCache: read before the tests started');
      return dir;
    },
    get module() {
      if (module === undefined) throw new Error('withTempCache: read before the tests started');
      return module;
    },
  };
}
