import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discardUnfinishedEntries, markBuildFinished, markBuildStarted } from '#src/build/unfinished-build.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cacheWithImages(): { cache: string; assets: string } {
  dir = mkdtempSync(join(tmpdir(), 'unfinished-'));
  const cache = join(dir, 'cache');
  const assets = join(cache, 'assets');
  mkdirSync(assets, { recursive: true });
  writeFileSync(join(assets, 'old.webp'), 'kept from a finished build');
  // An hour before the marker, whatever the clock's resolution.
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(join(assets, 'old.webp'), hourAgo, hourAgo);
  return { cache, assets };
}

describe('the unfinished-build guard', () => {
  it('deletes the image cache entries an unfinished build wrote, and keeps older ones', async () => {
    const { cache, assets } = cacheWithImages();
    await markBuildStarted(cache);
    writeFileSync(join(assets, 'half.avif'), 'truncated');
    expect(await discardUnfinishedEntries(cache, assets)).toBe(1);
    expect(existsSync(join(assets, 'half.avif'))).toBe(false);
    expect(existsSync(join(assets, 'old.webp'))).toBe(true);
  });

  it('deletes nothing after a build that finished', async () => {
    const { cache, assets } = cacheWithImages();
    await markBuildStarted(cache);
    writeFileSync(join(assets, 'whole.avif'), 'complete');
    await markBuildFinished(cache);
    expect(await discardUnfinishedEntries(cache, assets)).toBe(0);
    expect(existsSync(join(assets, 'whole.avif'))).toBe(true);
  });
});
