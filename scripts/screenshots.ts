/**
 * Screenshots of the built site for people to look at: serves `dist/` on 127.0.0.1 and saves
 * full-page PNGs of one page of each kind (home, article, Urdu article, author, topic, archive,
 * 404) at phone and desktop widths into `screenshots/`, plus the home page and the article in
 * the dark scheme. Paths given as arguments are photographed instead, light and dark.
 * Usage: npm run build && npm run screenshots [-- /news/some-slug/ ...]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from '../tests/support/static-server.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { captureScreenshots } from './screenshot/capture.ts';
import { findMainPages } from './screenshot/main-pages.ts';
import { planScreenshots, screenshotNameForPath } from './screenshot/plan.ts';
import { env } from '../src/config/env.ts';

const outDir = 'screenshots';
const siteDir = env.outDir;

if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`No built site in ${siteDir}/: run \`npm run build\` first.`);
  process.exit(1);
}

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const pages = paths.length > 0 ? paths.map((path) => ({ name: screenshotNameForPath(path), path })) : findMainPages(siteDir);
const dark = paths.length > 0 ? pages.map((page) => page.name) : ['home', 'article'];
const shots = planScreenshots(pages, { dark: dark.filter((name) => pages.some((page) => page.name === name)) });

const server = await startStaticServer(siteDir);
const browser = await launchChromium();
try {
  for (const file of await captureScreenshots(browser, server.url, shots, outDir)) console.info(file);
} finally {
  await browser.close();
  await server.close();
}
