import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureScreenshots } from '../../scripts/screenshot/capture.ts';
import { findMainPages } from '../../scripts/screenshot/main-pages.ts';
import { planScreenshots, type ScreenshotPage } from '../../scripts/screenshot/plan.ts';
import { serveFixtureInChromium } from '../support/served-fixture.ts';

/** The folder docs/features.md names: PNGs for people to look at, ignored by git. */
const OUT_DIR = resolve('screenshots');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const site = serveFixtureInChromium();
let pages: ScreenshotPage[];

beforeAll(() => {
  pages = findMainPages(site.outDir);
});

/** Width and height from a PNG's header chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('screenshots of the main pages', () => {
  it('finds one page of each kind in the built site', () => {
    expect(pages).toEqual([
      { name: 'home', path: '/' },
      { name: 'article', path: '/news/embassy-talks/' },
      { name: 'article-urdu', path: '/news/urdu-report/' },
      { name: 'author', path: '/author/ayesha-khan/' },
      { name: 'topic', path: '/tag/economy/' },
      { name: 'archive', path: '/news/' },
      { name: '404', path: '/no-such-page/' },
    ]);
  });

  it('writes full-page PNGs at 375 and 1280 px, light, and dark for home and article', { timeout: 120_000 }, async () => {
    const shots = planScreenshots(pages, { dark: ['home', 'article'] });
    expect(shots).toHaveLength(7 * 2 + 2 * 2);
    await Promise.all(shots.map((shot) => rm(join(OUT_DIR, shot.file), { force: true })));

    const written = await captureScreenshots(site.browser, site.url, shots, OUT_DIR);

    expect(written).toEqual(shots.map((shot) => join(OUT_DIR, shot.file)));
    for (const shot of shots) {
      const png = await readFile(join(OUT_DIR, shot.file));
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE), `${shot.file} is a PNG`).toBe(true);
      const { width, height } = pngSize(png);
      expect(width, shot.file).toBe(shot.width);
      // Full page: at least the first screen, and real content rather than a blank frame.
      expect(height, shot.file).toBeGreaterThanOrEqual(900);
      expect(png.length, `${shot.file} bytes`).toBeGreaterThan(20_000);
    }
  });
});
