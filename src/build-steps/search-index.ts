import { spawn } from 'node:child_process';
import { copyFile, link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import {
  describeSearchIndex,
  MAIN_SEARCH_BUNDLE_DIR,
  MORE_SEARCH_BUNDLES_DIR,
  planSearchBundles,
  SEARCH_MANIFEST_FILE,
  searchManifest,
  type SearchBundle,
  type SearchIndexEntry,
  type SearchPage,
} from '../lib/search.ts';
import { createRoutes } from '../lib/urls.ts';

export interface SearchIndexOptions {
  /** The built site. */
  outDir: string;
  /** A scratch folder on the same disk as `outDir` (hard links), emptied before and after. */
  stagingDir: string;
  pages: readonly SearchPage[];
  siteLanguage: string;
  pagesPerBundle?: number | undefined;
}

/**
 * Writes the search bundles of a built site, after `astro build` has ended: Pagefind's own
 * program (shipped in its npm package) runs once per bundle on a folder holding only that
 * bundle's article pages, hard-linked from the output. A run in its own process after Astro's
 * keeps the peak memory to one bundle's index instead of Astro's heap plus the whole index.
 * Lists the bundles to merge in `search/bundles.json` for the search page and returns the
 * build log's line.
 * @throws Error when Pagefind fails or indexes another number of pages than planned.
 */
export async function writeSearchIndex(options: SearchIndexOptions): Promise<string> {
  const started = performance.now();
  const { outDir, stagingDir } = options;
  const bundles = planSearchBundles(options.pages, options.siteLanguage, options.pagesPerBundle);
  // Bundles of an earlier build into the same folder would keep stale fragments.
  for (const dir of [MAIN_SEARCH_BUNDLE_DIR, MORE_SEARCH_BUNDLES_DIR, SEARCH_MANIFEST_FILE]) {
    await rm(join(outDir, dir), { recursive: true, force: true });
  }
  const entries: SearchIndexEntry[] = [];
  try {
    for (const bundle of bundles) {
      await rm(stagingDir, { recursive: true, force: true });
      await stagePages(outDir, stagingDir, bundle.slugs);
      await runPagefind(stagingDir, join(outDir, bundle.dir));
      entries.push(await readCheckedEntry(outDir, bundle));
    }
  } finally {
    await rm(stagingDir, { recursive: true, force: true });
  }
  await writeFile(join(outDir, SEARCH_MANIFEST_FILE), `${JSON.stringify(searchManifest(bundles))}\n`);
  return describeSearchIndex(entries, performance.now() - started);
}

/** File operations in flight at once while staging: they wait on the disk, not the CPU. */
const LINKS_AT_ONCE = 32;

/** Links each article page into the staging folder at the same relative path. */
async function stagePages(outDir: string, stagingDir: string, slugs: readonly string[]): Promise<void> {
  // The output is not nested under the base path: routes from the root name its files.
  const { article } = createRoutes('/');
  const limit = pLimit(LINKS_AT_ONCE);
  await Promise.all(
    slugs.map((slug) =>
      limit(async () => {
        const file = join(...article(slug).split('/').map(decodeURIComponent), 'index.html');
        const target = join(stagingDir, file);
        await mkdir(dirname(target), { recursive: true });
        await link(join(outDir, file), target).catch(async (error: NodeJS.ErrnoException) => {
          // Another disk: copying costs more but gives the same index.
          if (error.code !== 'EXDEV') throw error;
          await copyFile(join(outDir, file), target);
        });
      }),
    ),
  );
}

/** The npm package's launcher of Pagefind's program (not among the package's exports). */
const PAGEFIND_LAUNCHER = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

function runPagefind(siteDir: string, outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PAGEFIND_LAUNCHER, '--site', siteDir, '--output-path', outputPath, '--quiet'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`Pagefind failed (${signal ?? `exit code ${code}`}) writing ${outputPath}`)),
    );
  });
}

/** The bundle's entry file, checked to hold exactly the planned pages in the planned language. */
async function readCheckedEntry(outDir: string, bundle: SearchBundle): Promise<SearchIndexEntry> {
  const entry = JSON.parse(await readFile(join(outDir, bundle.dir, 'pagefind-entry.json'), 'utf8')) as SearchIndexEntry;
  const indexed = Object.entries(entry.languages).map(([language, index]) => `${language} ${index.page_count}`);
  const planned = `${bundle.language} ${bundle.slugs.length}`;
  if (indexed.join(', ') !== planned) {
    throw new Error(
      `Search bundle ${bundle.dir} indexed ${indexed.join(', ') || 'no page'} instead of ${planned}: ` +
        'does every article page carry data-pagefind-body and its language in <html lang>?',
    );
  }
  return entry;
}
