import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import {
  describeSearchIndex,
  MAIN_SEARCH_BUNDLE_DIR,
  MORE_SEARCH_BUNDLES_DIR,
  planSearchBundles,
  SEARCH_MANIFEST_FILE,
  searchDocument,
  searchManifest,
  type SearchBundle,
  type SearchIndexEntry,
  type SearchPage,
} from './search.ts';
import { outputFile } from '../config/urls.ts';
import { rootRoutes } from '../config/routes.ts';
import { isLinkOf, linkFiles } from '../build/link-files.ts';
import { listFiles } from '../build/list-files.ts';
import { removeFiles } from '../build/sweep-output.ts';
import { codeFingerprint } from '../build/keyed-cache.ts';
import type { IndexAnswer, IndexJob } from './index-worker.ts';

export interface SearchIndexOptions {
  /** The built site. */
  outDir: string;
  /** A folder of the step's own in the build cache, best on the same disk as `outDir` (hard links). */
  cacheDir: string;
  pages: readonly SearchPage[];
  siteLanguage: string;
  pagesPerBundle?: number | undefined;
  /**
   * Astro's incremental-build record of this build (`incremental-build.json` in its cache), if
   * any: an article page whose cache key and code are those of the last build is the same page,
   * so a bundle of such pages needs none of them read again.
   */
  astroBuildRecord?: string | undefined;
  /** Bundles indexed at once at most (tests); one per core up to `MAX_LANES` by default. */
  lanes?: number | undefined;
}

const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;
/** Pages read at once: they wait on the disk, not the CPU. */
const FILES_AT_ONCE = 32;
/** Bundles indexed at once at most, one Pagefind service each: lanes beyond the cores would only add memory. */
const MAX_LANES = 2;

/**
 * Writes the search bundles of a built site, after `astro build` has ended: Pagefind's own
 * program (shipped in its npm package, run as a service through its Node API) indexes each
 * bundle's article pages, handed over one by one in the bundle's order (publication, then
 * slug), so the index is the same whatever order a file system lists files in. A step of its
 * own after Astro's keeps the peak memory to the indexes of the bundles in progress instead of
 * Astro's heap plus the whole index; bundles are indexed in lanes (`index-worker.ts`), one per
 * core up to `MAX_LANES`.
 * A bundle whose pages have the same searchable content as in an earlier build is linked from
 * the cache instead. Lists the bundles to merge in `search/bundles.json` for the search page
 * and returns the build log's line.
 * @throws Error when Pagefind fails or indexes another number of pages than planned.
 */
export async function writeSearchIndex(options: SearchIndexOptions): Promise<string> {
  const started = performance.now();
  const { outDir, cacheDir } = options;
  const bundles = planSearchBundles(options.pages, options.siteLanguage, options.pagesPerBundle);
  await removeUnplannedBundles(outDir, bundles);
  const cachedDir = join(cacheDir, 'bundles');
  const keyOf = await readPageKeys(options.astroBuildRecord);
  // What the search step makes of a page is code too: other code, other keys.
  const code = codeFingerprint(process.cwd());
  const knownFile = join(cacheDir, 'bundle-keys.json');
  const known = await readKnownDigests(knownFile);
  const nextKnown: Record<string, string> = {};
  const cached: string[] = [];
  const missing: { bundle: SearchBundle; cached: string }[] = [];
  for (const bundle of bundles) {
    const key = bundleKey(bundle, keyOf, code);
    const remembered = key === undefined ? undefined : known[key];
    const digest =
      remembered !== undefined && (await isDirectory(join(cachedDir, remembered))) ? remembered : await bundleDigest(outDir, bundle);
    if (key !== undefined) nextKnown[key] = digest;
    const folder = join(cachedDir, digest);
    cached.push(folder);
    if (!(await isDirectory(folder))) missing.push({ bundle, cached: folder });
  }
  await indexInLanes(
    missing.map(({ bundle, cached: folder }) => ({
      outDir,
      dir: bundle.dir,
      slugs: bundle.slugs,
      // Written under a temporary name and renamed only when complete and checked, so a build
      // that fails half-way (a full disk) leaves nothing a later build would trust.
      outputPath: `${folder}.${process.pid}.partial`,
    })),
    options.lanes ?? Math.min(availableParallelism(), MAX_LANES),
    async (job, index) => {
      const { bundle, cached: folder } = missing[index] as (typeof missing)[number];
      try {
        await readCheckedEntry(job.outputPath, bundle);
        await rename(job.outputPath, folder).catch(async (error: NodeJS.ErrnoException) => {
          // Another build of the same content, at the same moment, cached the same bundle first.
          if (!(await isDirectory(folder))) throw error;
        });
      } finally {
        await rm(job.outputPath, { recursive: true, force: true });
      }
    },
  );
  const entries: SearchIndexEntry[] = [];
  for (const [index, bundle] of bundles.entries()) {
    const folder = cached[index] as string;
    await mirrorTree(folder, join(outDir, bundle.dir));
    entries.push(await readCheckedEntry(join(outDir, bundle.dir), bundle));
  }
  await pruneCache(cachedDir, new Set(cached.map((folder) => folder.slice(cachedDir.length + 1))));
  await writeAtomically(knownFile, `${JSON.stringify(nextKnown)}\n`);
  await writeFile(join(outDir, SEARCH_MANIFEST_FILE), `${JSON.stringify(searchManifest(bundles))}\n`);
  return describeSearchIndex(entries, bundles.length - missing.length, performance.now() - started);
}

/**
 * Runs the jobs on worker threads, each lane taking the next job when its last is done, and
 * calls `finished` for each job once its index is written. Pagefind holds a bundle's whole
 * index until it writes it, its memory growing with the bundle's pages: jobs run side by side
 * only while their pages together are no more than the largest job's, so the step needs no
 * more memory than that job alone (a whole bundle runs alone; smaller ones share the lanes).
 * Stops at the first failure; the workers (and their Pagefind services) end either way.
 */
async function indexInLanes(
  jobs: readonly IndexJob[],
  lanes: number,
  finished: (job: IndexJob, index: number) => Promise<void>,
): Promise<void> {
  const workers = Array.from({ length: Math.min(jobs.length, lanes) }, () => new Worker(new URL('./index-worker.ts', import.meta.url)));
  const budget = Math.max(0, ...jobs.map((job) => job.slugs.length));
  let pagesInFlight = 0;
  let waiting: (() => void)[] = [];
  let next = 0;
  try {
    await Promise.all(
      workers.map(async (worker) => {
        for (let index = next++; index < jobs.length; index = next++) {
          const job = jobs[index] as IndexJob;
          const pages = job.slugs.length;
          while (pagesInFlight > 0 && pagesInFlight + pages > budget) await new Promise<void>((wake) => waiting.push(wake));
          pagesInFlight += pages;
          let answer: IndexAnswer;
          try {
            answer = await ask(worker, job);
          } finally {
            pagesInFlight -= pages;
            const woken = waiting;
            waiting = [];
            for (const wake of woken) wake();
          }
          if ('failed' in answer) {
            // Best effort: the failure is what the build tells, not a second one while tidying.
            await rm(job.outputPath, { recursive: true, force: true }).catch(() => undefined);
            throw new Error(answer.failed);
          }
          await finished(job, index);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map(closeWorker));
  }
}

/** Sends a job to a worker and waits for its answer, or for the worker to fail. */
function ask(worker: Worker, job: IndexJob): Promise<IndexAnswer> {
  return new Promise((resolve, reject) => {
    const settle = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (answer: IndexAnswer): void => {
      settle();
      resolve(answer);
    };
    const onError = (error: Error): void => {
      settle();
      reject(error);
    };
    const onExit = (code: number): void => {
      settle();
      reject(new Error(`The search step's worker thread stopped with exit code ${code} while indexing ${job.dir}`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}

/** Asks a worker to close its Pagefind service and end, and waits until it has. */
function closeWorker(worker: Worker): Promise<void> {
  // A thread that already ended (its error was told) has nothing to close.
  if (worker.threadId === -1) return Promise.resolve();
  return new Promise((resolve) => {
    worker.once('exit', () => resolve());
    // An error while closing still ends the thread; the step's own error, if any, is the one told.
    worker.once('error', () => undefined);
    worker.postMessage('close');
  });
}

/** An article page's cache key and the article route's code hash, by slug, from Astro's record. */
type PageKeys = (slug: string) => string | undefined;

/**
 * Reads Astro's incremental-build record (its format version 1). Anything unexpected gives no
 * keys, and every bundle's digest is then computed from its pages, as without the record.
 */
async function readPageKeys(file: string | undefined): Promise<PageKeys | undefined> {
  if (file === undefined) return undefined;
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as {
      version?: number;
      routes?: Record<string, { dependencyHash?: string; paths?: Record<string, { cacheKey?: string }> }>;
    };
    const route = record.routes?.[ARTICLE_ROUTE];
    if (record.version !== 1 || route?.dependencyHash === undefined || route.paths === undefined) return undefined;
    const keys = new Map<string, string>();
    for (const [path, entry] of Object.entries(route.paths)) {
      const slug = /\/news\/([^/]+)\/$/.exec(path)?.[1];
      if (slug !== undefined && entry.cacheKey !== undefined) keys.set(decodeURIComponent(slug), `${route.dependencyHash}:${entry.cacheKey}`);
    }
    return (slug) => keys.get(slug);
  } catch {
    return undefined;
  }
}

/** The route file of article pages, as Astro's record names it. */
const ARTICLE_ROUTE = 'src/pages/news/[slug].astro';

/** A bundle's key from the project's code and its pages' keys, when every page has one. */
function bundleKey(bundle: SearchBundle, keyOf: PageKeys | undefined, code: string): string | undefined {
  if (keyOf === undefined) return undefined;
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION}\n${code}\n${bundle.language}\n`);
  for (const slug of bundle.slugs) {
    const key = keyOf(slug);
    if (key === undefined) return undefined;
    hash.update(`${slug}\n${key}\n`);
  }
  return hash.digest('hex');
}

/** The digests of the searchable content of bundles keyed by their pages' keys, from the last build. */
async function readKnownDigests(file: string): Promise<Record<string, string>> {
  try {
    const known = JSON.parse(await readFile(file, 'utf8')) as unknown;
    return known !== null && typeof known === 'object' ? (known as Record<string, string>) : {};
  } catch {
    return {};
  }
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, text);
  await rename(partial, file);
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
        return createHash('sha256').update(slug).update('\n').update(searchDocument(html)).digest('hex');
      }),
    ),
  );
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION}\n${bundle.language}\n`);
  for (const page of pages) hash.update(`${page}\n`);
  return hash.digest('hex').slice(0, 40);
}

/**
 * Makes the folder `to` hold the files under `from`, as hard links, and nothing else: a bundle
 * is thousands of small files, and linking them is many times faster than copying
 * (docs/performance.md). The output folder is kept between builds: the entry file is linked
 * last, so a bundle whose entry file is already the cached one's link was put in place whole by
 * an earlier build and is left as it is; one that changed loses the files of its last index.
 * Nothing rewrites a bundle's files in place, so sharing them is safe.
 */
async function mirrorTree(from: string, to: string): Promise<void> {
  if (isLinkOf(join(from, ENTRY_FILE), join(to, ENTRY_FILE))) return;
  const files = listFiles(from);
  const wanted = new Set(files);
  await removeFiles(
    to,
    listFiles(to)
      .filter((file) => !wanted.has(file))
      .map((file) => join(to, file)),
  );
  const pairs = files.map((file) => [join(from, file), join(to, file)] as const);
  const entry = join(to, ENTRY_FILE);
  await linkFiles(pairs.filter(([, target]) => target !== entry));
  await linkFiles([[join(from, ENTRY_FILE), entry]]);
}

/** Pagefind's entry file at the root of a bundle, which the search page reads first. */
const ENTRY_FILE = 'pagefind-entry.json';

/** Removes the bundle folders and files of an earlier build that this plan does not write. */
async function removeUnplannedBundles(outDir: string, bundles: readonly SearchBundle[]): Promise<void> {
  const planned = new Set(bundles.map((bundle) => bundle.dir));
  if (!planned.has(MAIN_SEARCH_BUNDLE_DIR)) await rm(join(outDir, MAIN_SEARCH_BUNDLE_DIR), { recursive: true, force: true });
  const more = await readdir(join(outDir, MORE_SEARCH_BUNDLES_DIR)).catch(() => [] as string[]);
  for (const name of more) {
    if (!planned.has(`${MORE_SEARCH_BUNDLES_DIR}${name}/`)) await rm(join(outDir, MORE_SEARCH_BUNDLES_DIR, name), { recursive: true, force: true });
  }
  if (planned.size <= 1) await rm(join(outDir, MORE_SEARCH_BUNDLES_DIR), { recursive: true, force: true });
}

/** A bundle's entry file, checked to hold exactly the planned pages in the planned language. */
async function readCheckedEntry(bundleDir: string, bundle: SearchBundle): Promise<SearchIndexEntry> {
  const entry = JSON.parse(await readFile(join(bundleDir, ENTRY_FILE), 'utf8')) as SearchIndexEntry;
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
