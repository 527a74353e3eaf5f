/**
 * The build's last step (`npm run build` runs it after `astro build`): writes the search index
 * of the built site with Pagefind, in bundles (`SEARCH_PAGES_PER_BUNDLE` sets another size than
 * the default), reusing from the cache the bundles whose pages did not change. Reads the
 * article pages from the build manifest, with the same `OUT_DIR` and `ASTRO_CACHE_DIR` as the
 * build.
 */
import { join } from 'node:path';
import { env } from '../src/config/env.ts';
import { outputFolders } from '../src/config/output.ts';
import { site } from '../src/config/site.ts';
import { readBuildManifest } from '../src/content/manifest.ts';
import { writeSearchIndex } from '../src/search/index-step.ts';

try {
  const line = await writeSearchIndex({
    outDir: outputFolders().buildDir,
    cacheDir: join(env.cacheDir, 'search-index'),
    pages: (await readBuildManifest()).searchPages,
    siteLanguage: site.lang,
    pagesPerBundle: env.searchPagesPerBundle,
    astroBuildRecord: join(env.cacheDir, 'incremental-build.json'),
  });
  console.log(`[search] ${line}`);
} catch (error) {
  console.error(`[search] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
