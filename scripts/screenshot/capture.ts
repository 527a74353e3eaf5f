import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Shot } from './plan.ts';

/** Phone-like first screen; full-page screenshots grow past it to the page's real height. */
const VIEWPORT_HEIGHT = 900;

/**
 * Takes each planned full-page PNG of the site at `baseUrl` into `outDir` and returns the
 * paths written. Shots of one width and scheme share a tab.
 */
export async function captureScreenshots(browser: Browser, baseUrl: string, shots: readonly Shot[], outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  const groups = Map.groupBy(shots, (shot) => `${shot.width} ${shot.colorScheme}`);
  for (const group of groups.values()) {
    const { width, colorScheme } = group[0]!;
    const page = await browser.newPage({ viewport: { width, height: VIEWPORT_HEIGHT }, colorScheme });
    try {
      for (const shot of group) {
        await page.goto(baseUrl + shot.path, { waitUntil: 'load' });
        await page.evaluate(loadEveryImage);
        const file = join(outDir, shot.file);
        await page.screenshot({ path: file, fullPage: true });
        written.push(file);
      }
    } finally {
      await page.close();
    }
  }
  return written;
}

/**
 * Lazy pictures below the fold would be blank in a full-page shot: load them all first, and
 * decode them, as a `decoding="async"` picture may be painted a frame after it loads.
 */
async function loadEveryImage(): Promise<void> {
  await Promise.all(
    Array.from(document.images, async (image) => {
      image.loading = 'eager';
      if (!image.complete) {
        await new Promise((settle) => {
          image.addEventListener('load', settle, { once: true });
          image.addEventListener('error', settle, { once: true });
        });
      }
      await image.decode().catch(() => undefined);
    }),
  );
  await document.fonts.ready;
}
