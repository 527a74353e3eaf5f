/**
 * What the content check learns of one file from its text alone (its frontmatter and where each
 * field stands, its schema's verdict, the links and warnings of its body, the articles it
 * references), kept between builds under a digest of the file's path and text. A publish
 * changes one file of an archive whose every file the check must still see (a duplicate slug
 * or a broken link may be anywhere), so only what spans files is worked out again: the
 * cross-file rules run on these facts. The cache file belongs to one version of the project's
 * code (`src/build/keyed-cache.ts`), so facts are never older than the rules that made them.
 * Callers must not change a fact they are given: it may be the one kept for the next build.
 */
import { createHash } from 'node:crypto';
import { openKeyedCache } from '../build/keyed-cache.ts';

/** Facts of files by kind, each computed once per file text. */
export interface FileFacts {
  /**
   * Starts tracking a file read from disk: later calls for its path keep their answers under
   * its text's digest.
   */
  open(path: string, text: string): void;
  /** `compute()`'s answer for this file and kind: kept while the file's text is unchanged. */
  of<T>(path: string, kind: string, compute: () => T): T;
  /** Keeps this build's facts for the next (nothing is written when nothing changed). */
  save(): Promise<void>;
}

/** Facts computed each time, kept nowhere (tests, and checks of files not on disk). */
export const UNKEPT_FACTS: FileFacts = {
  open: () => undefined,
  of: (_path, _kind, compute) => compute(),
  save: async () => undefined,
};

/** Each file's facts, a record by kind, under the digest of its path and text. */
type Facts = Record<string, unknown>;

const CACHE_NAME = 'newsroom-file-facts';

/** The facts kept in `cacheDir` by earlier builds of the same code. */
export async function openFileFacts(cacheDir: string): Promise<FileFacts> {
  const cache = await openKeyedCache<Facts>(cacheDir, CACHE_NAME);
  const byPath = new Map<string, { key: string; facts: Facts }>();
  return {
    open(path, text) {
      const key = createHash('sha256').update(path).update('\0').update(text).digest('base64url');
      const facts = cache.get(key) ?? {};
      byPath.set(path, { key, facts });
    },
    of<T>(path: string, kind: string, compute: () => T): T {
      const entry = byPath.get(path);
      if (entry === undefined) return compute();
      if (Object.hasOwn(entry.facts, kind)) return entry.facts[kind] as T;
      const value = compute();
      entry.facts[kind] = value;
      cache.set(entry.key, entry.facts);
      return value;
    },
    save: () => cache.save(),
  };
}
