import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { articlePagesGlob, describeSearchIndex, type SearchIndexEntry } from '../lib/search.ts';
import { createRoutes, SEARCH_BUNDLE_DIR } from '../lib/urls.ts';

/**
 * Builds the search index once the pages are written: Pagefind (its binary comes with the npm
 * package, nothing is downloaded) reads every built page and writes its bundle to
 * `search/pagefind/` in the output, where the search page loads it. It reads the article pages
 * only (the one kind that carries `data-pagefind-body`) and keeps one index per `<html lang>`. Any Pagefind error fails the build.
 */
export function pagefindSearch(): AstroIntegration {
  return {
    name: 'newsroom-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const bundleDir = join(outDir, SEARCH_BUNDLE_DIR);
        // A bundle left from an earlier build into the same folder would keep stale fragments.
        await rm(bundleDir, { recursive: true, force: true });
        try {
          const { index, errors } = await createIndex();
          if (!index) throw new Error(errors.join('\n'));
          // The output is not nested under the base path: routes from the root name its files.
          const glob = articlePagesGlob(createRoutes('/').article);
          failOn('indexing', await index.addDirectory({ path: outDir, glob }));
          failOn('writing', await index.writeFiles({ outputPath: bundleDir }));
        } finally {
          await close();
        }
        const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as SearchIndexEntry;
        logger.info(describeSearchIndex(entry, performance.now() - started));
      },
    },
  };
}

function failOn(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind failed ${step} the site:\n${response.errors.join('\n')}`);
}
