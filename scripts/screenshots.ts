/**
 * Screenshots of the built site for people to look at: serves `dist/` on 127.0.0.1 and saves
 * PNGs of the main pages at phone and desktop widths into `screenshots/`.
 * Usage: npm run build && npm run screenshots [-- /news/some-slug/ ...]
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/support/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';

const outDir = 'screenshots';
const widths = [375, 1280];
const extraPaths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const paths = extraPaths.length > 0 ? extraPaths : ['/', '/news/', '/tag/', '/404.html'];

const server = await startStaticServer(process.env['OUT_DIR'] ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  await mkdir(outDir, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const path of paths) {
        await page.goto(server.url + path);
        const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${scheme}.png`;
        await page.screenshot({ path: join(outDir, name), fullPage: true });
        console.info(`${outDir}/${name}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
