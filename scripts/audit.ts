/**
 * Lighthouse on the built site, offline: serves `dist/` on 127.0.0.1, audits the home page and
 * one article with Lighthouse's default mobile settings (simulated throttling) in Debian's
 * Chromium, prints the four category scores of each page and exits 1 when any is under the
 * floor (95). It builds nothing: run `npm run build` first.
 * Usage: npm run audit [-- --runs 3] [-- --floor 90] [-- /news/some-slug/ ...]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { parseAuditArgs, type AuditOptions } from './audit/options.ts';
import { CATEGORIES, findLowScores, formatScoreTable, medianScores, toScores, type PageScores, type Scores } from './audit/scores.ts';
import { findMainPages } from './screenshot/main-pages.ts';
import { env } from '../src/config/env.ts';

const siteDir = env.outDir;

try {
  const options = parseAuditArgs(process.argv.slice(2));
  if (!existsSync(join(siteDir, 'index.html'))) {
    throw new Error(`no built site in ${siteDir}/. Run \`npm run build\` first, then \`npm run audit\`.`);
  }
  const { settings, pages } = await auditSite(options);
  console.info(`${settings}${options.runs > 1 ? `, median of ${options.runs} runs` : ''}\n`);
  console.info(formatScoreTable(pages));
  const low = findLowScores(pages, options.floor);
  if (low.length > 0) {
    console.error(`\nUnder ${options.floor}:\n  ${low.join('\n  ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`audit: ${(error as Error).message}`);
  process.exitCode = 1;
}

/** Runs Lighthouse on each page of the site served from `siteDir`. */
async function auditSite(options: AuditOptions): Promise<{ settings: string; pages: PageScores[] }> {
  const paths =
    options.paths.length > 0
      ? options.paths
      : findMainPages(siteDir)
          .filter((page) => page.name === 'home' || page.name === 'article')
          .map((page) => page.path);
  const server = await startStaticServer(siteDir);
  let chrome: LaunchedChrome | undefined;
  try {
    chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
    // What Lighthouse reports it ran with, rather than what we hope it did.
    let settings = '';
    const pages: PageScores[] = [];
    for (const path of paths) {
      const runs: Scores[] = [];
      for (let run = 0; run < options.runs; run++) {
        const result = await lighthouse(server.url + path, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: [...CATEGORIES],
        });
        if (result === undefined) throw new Error(`Lighthouse returned no result for ${path}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${result.lhr.runtimeError.message}`);
        const { formFactor, throttlingMethod } = result.lhr.configSettings;
        settings = `Lighthouse ${result.lhr.lighthouseVersion}, form factor ${formFactor}, throttling ${throttlingMethod}`;
        runs.push(toScores(result.lhr));
      }
      pages.push({ path, scores: medianScores(runs) });
    }
    return { settings, pages };
  } finally {
    chrome?.kill();
    await server.close();
  }
}
