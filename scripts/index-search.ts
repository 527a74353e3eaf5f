/**
 * The build's last step (`npm run build` runs it after `astro build`): writes the search index
 * of the built site with Pagefind, in bundles of at most 5,000 articles each
 * (`SEARCH_PAGES_PER_BUNDLE` sets another size), reusing from the cache the bundles whose pages
 * did not change. Reads the article list the articles loader saved, from the same `OUT_DIR` and
 * `ASTRO_CACHE_DIR` as the build.
 */
import { join } from 'node:path';
import { writeSearchIndex } from '../src/search/index-step.ts';
import { CACHE_DIR } from '../src/content/html-cache.ts';
import { readSearchPageList } from '../src/search/page-list.ts';
import { site } from '../src/config/site.ts';

const perBundle = process.env['SEARCH_PAGES_PER_BUNDLE'];
try {
  const line = await writeSearchIndex({
    outDir: process.env['OUT_DIR'] ?? 'dist',
    cacheDir: join(CACHE_DIR, 'search-index'),
    pages: await readSearchPageList(),
    siteLanguage: site.lang,
    pagesPerBundle: perBundle === undefined ? undefined : Number(perBundle),
  });
  console.log(`[search] ${line}`);
} catch (error) {
  console.error(`[search] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
