import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeFingerprint, openKeyedCache } from '#src/build/keyed-cache.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A project of its own: the fingerprint reads `src/`, `scripts/` and the lockfile. */
function project(name: string, code: string): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'src'), { recursive: true });
  mkdirSync(join(root, 'scripts'));
  writeFileSync(join(root, 'src', 'count.ts'), code);
  writeFileSync(join(root, 'package-lock.json'), '{}');
  return root;
}

describe('the keyed cache', () => {
  it('gives back what an earlier build saved, and keeps only the entries used since', async () => {
    dir = mkdtempSync(join(tmpdir(), 'keyed-'));
    const root = project('a', 'export const words = 1;');
    const cacheDir = join(dir, 'cache');
    const first = await openKeyedCache<{ tokens: string; counts: Int32Array }>(cacheDir, 'terms', root);
    expect(first.get('k1')).toBeUndefined();
    first.set('k1', { tokens: 'port fees', counts: Int32Array.of(2, 1) });
    first.set('k2', { tokens: 'rain', counts: Int32Array.of(1) });
    await first.save();
    const second = await openKeyedCache<{ tokens: string; counts: Int32Array }>(cacheDir, 'terms', root);
    expect(second.get('k1')).toEqual({ tokens: 'port fees', counts: Int32Array.of(2, 1) });
    await second.save();
    const third = await openKeyedCache<unknown>(cacheDir, 'terms', root);
    expect(third.get('k1')).toBeDefined();
    expect(third.get('k2')).toBeUndefined();
    expect(readdirSync(cacheDir)).toEqual(['terms.v8']);
    // Reading every entry and adding none leaves the file as it is.
    const written = statSync(join(cacheDir, 'terms.v8')).mtimeMs;
    utimesSync(join(cacheDir, 'terms.v8'), 0, 0);
    await third.save();
    expect(statSync(join(cacheDir, 'terms.v8')).mtimeMs).toBe(0);
    expect(written).toBeGreaterThan(0);
  });

  it('starts empty when the code or the lockfile changed, or the file is not a cache', async () => {
    dir = mkdtempSync(join(tmpdir(), 'keyed-'));
    const root = project('a', 'export const words = 1;');
    const cacheDir = join(dir, 'cache');
    const cache = await openKeyedCache<string>(cacheDir, 'terms', root);
    cache.set('k', 'value');
    await cache.save();
    const changed = project('b', 'export const words = 2;');
    expect(codeFingerprint(changed)).not.toBe(codeFingerprint(root));
    expect((await openKeyedCache<string>(cacheDir, 'terms', changed)).get('k')).toBeUndefined();
    const copy = join(dir, 'c');
    cpSync(root, copy, { recursive: true });
    writeFileSync(join(copy, 'package-lock.json'), '{"lockfileVersion":3}');
    expect((await openKeyedCache<string>(cacheDir, 'terms', copy)).get('k')).toBeUndefined();
    writeFileSync(join(cacheDir, 'terms.v8'), 'not a cache');
    expect((await openKeyedCache<string>(cacheDir, 'terms', root)).get('k')).toBeUndefined();
  });
});
