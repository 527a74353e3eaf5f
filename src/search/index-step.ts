import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import {
  describeSearchIndex,
  MAIN_SEARCH_BUNDLE_DIR,
  MORE_SEARCH_BUNDLES_DIR,
  planSearchBundles,
  SEARCH_MANIFEST_FILE,
  searchableContent,
  searchManifest,
  type SearchBundle,
  type SearchIndexEntry,
  type SearchPage,
} from './search.ts';
import { outputFile } from '../config/urls.ts';
import { rootRoutes } from '../config/routes.ts';
import { linkFiles } from '../build/link-files.ts';

export interface SearchIndexOptions {
  /** The built site. */
  outDir: string;
  /** A folder of the step's own in the build cache, best on the same disk as `outDir` (hard links). */
  cacheDir: string;
  pages: readonly SearchPage[];
  siteLanguage: string;
  pagesPerBundle?: number | undefined;
}

/** The npm package's launcher of Pagefind's program (not among the package's exports). */
const PAGEFIND_LAUNCHER = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;
/** Pages read at once: they wait on the disk, not the CPU. */
const FILES_AT_ONCE = 32;

/**
 * Writes the search bundles of a built site, after `astro build` has ended: Pagefind's own
 * program (shipped in its npm package) runs once per bundle on a folder holding only that
 * bundle's article pages, hard-linked from the output. A run in its own process after Astro's
 * keeps the peak memory to one bundle's index instead of Astro's heap plus the whole index.
 * A bundle whose pages have the same searchable content as in an earlier build is linked from
 * the cache instead. Lists the bundles to merge in `search/bundles.json` for the search page
 * and returns the build log's line.
 * @throws Error when Pagefind fails or indexes another number of pages than planned.
 */
export async function writeSearchIndex(options: SearchIndexOptions): Promise<string> {
  const started = performance.now();
  const { outDir, cacheDir } = options;
  const bundles = planSearchBundles(options.pages, options.siteLanguage, options.pagesPerBundle);
  // Bundles of an earlier build into the same folder would keep stale fragments.
  for (const dir of [MAIN_SEARCH_BUNDLE_DIR, MORE_SEARCH_BUNDLES_DIR, SEARCH_MANIFEST_FILE]) {
    await rm(join(outDir, dir), { recursive: true, force: true });
  }
  const cachedDir = join(cacheDir, 'bundles');
  const stagingDir = join(cacheDir, 'staging');
  const used = new Set<string>();
  const entries: SearchIndexEntry[] = [];
  let reused = 0;
  for (const bundle of bundles) {
    const digest = await bundleDigest(outDir, bundle);
    const cached = join(cachedDir, digest);
    used.add(digest);
    if (await isDirectory(cached)) {
      reused++;
    } else {
      const partial = `${cached}.${process.pid}.partial`;
      try {
        await rm(stagingDir, { recursive: true, force: true });
        await stagePages(outDir, stagingDir, bundle.slugs);
        await runPagefind(stagingDir, partial);
        await readCheckedEntry(partial, bundle);
        await rename(partial, cached).catch(async (error: NodeJS.ErrnoException) => {
          // Another build of the same content, at the same moment, cached the same bundle first.
          if (!(await isDirectory(cached))) throw error;
        });
      } finally {
        await rm(stagingDir, { recursive: true, force: true });
        await rm(partial, { recursive: true, force: true });
      }
    }
    await linkTree(cached, join(outDir, bundle.dir));
    entries.push(await readCheckedEntry(join(outDir, bundle.dir), bundle));
  }
  await pruneCache(cachedDir, used);
  await writeFile(join(outDir, SEARCH_MANIFEST_FILE), `${JSON.stringify(searchManifest(bundles))}\n`);
  return describeSearchIndex(entries, reused, performance.now() - started);
}

/** The output file of an article page, relative to the output folder. */
function articleFile(slug: string): string {
  return outputFile(rootRoutes.article(slug));
}

/**
 * What a bundle's index is made of: Pagefind's version, the language, and each page's slug and
 * searchable content, in order.
 */
async function bundleDigest(outDir: string, bundle: SearchBundle): Promise<string> {
  const limit = pLimit(FILES_AT_ONCE);
  const pages = await Promise.all(
    bundle.slugs.map((slug) =>
      limit(async () => {
        const html = await readFile(join(outDir, articleFile(slug)), 'utf8');
        return createHash('sha256').update(slug).update('\n').update(searchableContent(html)).digest('hex');
      }),
    ),
  );
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION}\n${bundle.language}\n`);
  for (const page of pages) hash.update(`${page}\n`);
  return hash.digest('hex').slice(0, 40);
}

/** Links each article page into the staging folder at the same relative path. */
async function stagePages(outDir: string, stagingDir: string, slugs: readonly string[]): Promise<void> {
  const files = slugs.map(articleFile);
  await linkFiles(files.map((file) => [join(outDir, file), join(stagingDir, file)]));
}

/**
 * Puts every file under `from` at the same place under `to`, as hard links: a bundle is thousands
 * of small files, and linking them is many times faster than copying (docs/performance.md).
 * Nothing rewrites a bundle's files in place, so sharing them is safe.
 */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => relative(from, join(entry.parentPath, entry.name)));
  await linkFiles(files.map((file) => [join(from, file), join(to, file)]));
}

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

/** A bundle's entry file, checked to hold exactly the planned pages in the planned language. */
async function readCheckedEntry(bundleDir: string, bundle: SearchBundle): Promise<SearchIndexEntry> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as SearchIndexEntry;
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

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Removes cached bundles this build did not use: each is megabytes, and the archive moves on. */
async function pruneCache(cachedDir: string, used: ReadonlySet<string>): Promise<void> {
  const names = await readdir(cachedDir).catch(() => [] as string[]);
  for (const name of names) {
    if (!used.has(name)) await rm(join(cachedDir, name), { recursive: true, force: true });
  }
}
