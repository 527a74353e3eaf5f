/**
 * Build benchmark at newsroom scale: generates a deterministic synthetic newsroom in the OS temp
 * folder, builds it cold (wall time, pages per second, peak RSS of the whole process tree,
 * output sizes) and checks that the output is complete; then, with the same cache and output
 * folder as a newsroom's deploys have, publishes one new article and rebuilds, adds one sentence
 * to one article's body and rebuilds, and checks that the output equals a cold build of the final
 * content (0 files differ). Optionally times `npm run check`; prints a Markdown table with the
 * machine it ran on.
 * Usage: npm run bench -- --articles 10000 [--seed 1] [--check] [--keep]
 * Exits 0 when everything passed, 1 when a build or a check failed, 2 on bad arguments and 130
 * when interrupted (the build's process tree is stopped first).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { BUILD_STEPS } from '../src/build/commands.ts';
import { site } from '../src/config/site.ts';
import { checkSite, parsePublishedCount, parseSearchIndexCount, type Check } from './bench/checks.ts';
import { addSentenceToBody, generateCorpus, toMarkdown, type Corpus } from './bench/corpus.ts';
import { expectSite } from './bench/expected.ts';
import { countFeedItems, scanFiles, writeFiles } from './bench/files.ts';
import { measureOutput, type OutputMetrics } from './bench/metrics.ts';
import { parseBenchArgs, USAGE, type BenchOptions } from './bench/options.ts';
import { describeMachine, formatMarkdownTable, formatNumber, KB, lastLines, MB } from './bench/report.ts';
import { runMeasured, stopRunning, type RunResult } from './bench/run.ts';

/** The corpus's "now": 2026-01-01T00:00:00Z. Every generated dateline is before it. */
const NOW = new Date(Date.UTC(2026, 0, 1));
/** The builds' "now", half an hour later: the published article is dated ten minutes before it. */
const BUILD_NOW = new Date(NOW.getTime() + 30 * 60_000);
const PUBLISHED_AT = new Date(NOW.getTime() + 20 * 60_000);
const FAILURE_LINES = 40;
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the run measured so far; a failed step leaves the later ones undefined. */
interface Results {
  pages?: number | undefined;
  cold?: Timing | undefined;
  peakRssBytes?: number | undefined;
  metrics?: OutputMetrics | undefined;
  publish?: Timing | undefined;
  edit?: Timing | undefined;
  /** Files of the output after publish and edit that differ from a cold build of the same content. */
  differing?: number | undefined;
  check?: Timing | undefined;
}

/** How long a step took and whether it succeeded. */
interface Timing {
  seconds: number;
  ok: boolean;
}

const argv = process.argv.slice(2);
const options = readOptions(argv);
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const failures: string[] = [];
let workDir: string | undefined;
let interrupted = false;

process.once('SIGINT', () => void interrupt());
process.once('SIGTERM', () => void interrupt());

try {
  process.exitCode = await main(options);
} catch (error) {
  // After Ctrl-C the steps still in flight fail on purpose; interrupt() reports and exits.
  if (!interrupted) throw error;
} finally {
  if (!interrupted) await cleanUp();
}

async function main(opts: BenchOptions): Promise<number> {
  const epoch = String(BUILD_NOW.getTime() / 1000);
  console.log(
    `Newsroom build benchmark: ${opts.articles} articles, seed ${opts.seed}, SOURCE_DATE_EPOCH=${epoch} (${BUILD_NOW.toISOString()})`,
  );
  workDir = await mkdtemp(join(tmpdir(), 'newsroom-bench-'));
  const contentDir = join(workDir, 'content');
  const cacheDir = join(workDir, 'cache');
  const results: Results = {};

  const corpus = await generate(opts, contentDir);
  const expected = expectSite({ articles: corpus.articles, authors: corpus.authors, pageSizes: site.pageSizes });
  console.log(
    `Expecting ${plural(expected.published.length, 'article page')} (${plural(expected.drafts.length, 'draft')} held back), ` +
      `${plural(expected.authors.length, 'author')}, ${plural(expected.topics.length, 'topic')} with articles, ` +
      `${plural(expected.archivePages, 'archive page')}`,
  );

  const env = { SOURCE_DATE_EPOCH: epoch, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir };
  // Inside the project, as dist/ is: a deploy builds into the same folder with the same cache.
  const outDir = join(REPO_ROOT, '.cache', 'bench', 'out');
  await rm(outDir, { recursive: true, force: true });
  console.log('Cold build (fresh cache)…');
  const cold = await build({ ...env, OUT_DIR: outDir });
  console.log(
    `Cold build: exit ${cold.exitCode ?? cold.signal} in ${cold.seconds.toFixed(1)} s (${cold.stepTimes}), ` +
      `peak RSS ${formatNumber(mb(cold.peakRssBytes), 0)} MB`,
  );
  results.cold = { seconds: cold.seconds, ok: builtOk('cold build', cold) };
  if (results.cold.ok) {
    results.peakRssBytes = cold.peakRssBytes;
    const files = await scanFiles(outDir);
    results.metrics = measureOutput(files, expected.published);
    results.pages = results.metrics.pages;
    report(
      checkSite(expected, {
        files,
        publishedReported: parsePublishedCount(cold.output),
        searchIndexed: parseSearchIndexCount(cold.output),
        ...(await countFeedItems(outDir)),
      }),
    );
    if (results.metrics.jsBytes > 0) {
      console.log(`Note: JavaScript outside /search/: ${results.metrics.jsFiles.join(', ')}`);
    }
    results.publish = await rebuildAfterPublish(corpus, contentDir, env, outDir);
    if (results.publish?.ok) results.edit = await rebuildAfterEdit(corpus, contentDir, env, outDir);
    if (results.edit?.ok) results.differing = await compareWithCold(env, outDir, join(workDir, 'cache-verify'));
  }
  // The check reads the content, not the build output, so it is timed even after a failed build.
  if (opts.check) results.check = await timeCheck(env);
  return finish(opts, results);
}

async function generate(opts: BenchOptions, contentDir: string): Promise<Corpus> {
  const started = performance.now();
  const corpus = generateCorpus({ articles: opts.articles, seed: opts.seed, now: NOW });
  const generated = performance.now();
  await writeFiles(contentDir, corpus.files);
  const written = performance.now();
  const topics = new Set(corpus.articles.flatMap((article) => article.tags));
  console.log(
    `Generated ${corpus.articles.length} articles, ${corpus.authors.length} authors, ${topics.size} topics ` +
      `in ${seconds(written - started)} s (generate ${seconds(generated - started)} s, write ${seconds(written - generated)} s)`,
  );
  return corpus;
}

/**
 * Publishes a breaking story: one new article on existing topics by an existing author, dated
 * ten minutes before the build's "now", and rebuilds into the same folder with the same cache.
 */
async function rebuildAfterPublish(corpus: Corpus, contentDir: string, env: Record<string, string>, outDir: string): Promise<Timing | undefined> {
  const model = corpus.articles.find((article) => !article.draft);
  if (!model) return undefined;
  const slug = 'benchmark-breaking-story';
  const title = 'Breaking: Ports Reopen After Overnight Storm';
  const dateline = `${PUBLISHED_AT.toISOString().slice(0, 19)}Z`;
  const body = 'Ports along the coast reopened this morning after an overnight storm.\n\nOfficials said shipping would resume within hours.';
  await writeFile(
    join(contentDir, 'articles', `${slug}.md`),
    toMarkdown({ title, dateline, city: 'Karachi', author: model.author, tags: model.tags }, body),
  );
  console.log(`Published articles/${slug}.md; rebuilding with the same cache and output folder…`);
  const rebuild = await build({ ...env, OUT_DIR: outDir });
  console.log(`Publish: exit ${rebuild.exitCode ?? rebuild.signal} in ${rebuild.seconds.toFixed(1)} s (${rebuild.stepTimes}); ${describeReuse(rebuild.output)}`);
  if (!builtOk('publish', rebuild)) return { seconds: rebuild.seconds, ok: false };
  const page = await readFile(join(outDir, 'news', slug, 'index.html'), 'utf8').catch(() => '');
  const home = await readFile(join(outDir, 'index.html'), 'utf8').catch(() => '');
  report([
    { name: 'publish: article page', ok: page.includes(title), detail: `/news/${slug}/ shows its headline` },
    { name: 'publish: home page', ok: home.includes(title), detail: 'the home page leads with it' },
  ]);
  return { seconds: rebuild.seconds, ok: true };
}

/** Adds one sentence to one article's body and rebuilds into the same folder with the same cache. */
async function rebuildAfterEdit(corpus: Corpus, contentDir: string, env: Record<string, string>, outDir: string): Promise<Timing | undefined> {
  const target = corpus.articles.find((article) => !article.draft);
  if (!target) return undefined;
  const sentence = 'This sentence was added by the benchmark to time an incremental rebuild.';
  const file = join(contentDir, target.path);
  await writeFile(file, addSentenceToBody(await readFile(file, 'utf8'), sentence));
  console.log(`Edited ${target.path}; rebuilding with the same cache and output folder…`);
  const rebuild = await build({ ...env, OUT_DIR: outDir });
  console.log(`Edit: exit ${rebuild.exitCode ?? rebuild.signal} in ${rebuild.seconds.toFixed(1)} s (${rebuild.stepTimes}); ${describeReuse(rebuild.output)}`);
  if (!builtOk('edit', rebuild)) return { seconds: rebuild.seconds, ok: false };
  const page = await readFile(join(outDir, 'news', target.slug, 'index.html'), 'utf8').catch(() => '');
  report([{ name: 'edit: added sentence', ok: page.includes(sentence), detail: `on /news/${target.slug}/` }]);
  return { seconds: rebuild.seconds, ok: true };
}

/** How many files Astro rendered and how many it reused from its incremental cache, from its log. */
function describeReuse(output: string): string {
  // Astro logs a line per file and marks reused ones; concurrent renders interleave the lines.
  const files = output.match(/├─/g)?.length ?? 0;
  const reused = output.match(/\((?:cached|restored)\)/g)?.length ?? 0;
  return `${files - reused} files rendered, ${reused} reused`;
}

/** Builds the final content cold, with a fresh cache, and counts the files that differ from `outDir`. */
async function compareWithCold(env: Record<string, string>, outDir: string, cacheDir: string): Promise<number> {
  const verifyDir = join(REPO_ROOT, '.cache', 'bench', 'out-cold');
  await rm(verifyDir, { recursive: true, force: true });
  console.log('Cold build of the final content, to compare…');
  const cold = await build({ ...env, ASTRO_CACHE_DIR: cacheDir, OUT_DIR: verifyDir });
  if (!builtOk('verifying cold build', cold)) return Number.NaN;
  const [incremental, fresh] = await Promise.all([digestFiles(outDir), digestFiles(verifyDir)]);
  const names = [...new Set([...incremental.keys(), ...fresh.keys()])].sort();
  const differing = names.filter((name) => incremental.get(name) !== fresh.get(name));
  report([
    {
      name: 'incremental output equals a cold build',
      ok: differing.length === 0,
      detail: `${differing.length} of ${names.length} files differ${differing.length > 0 ? `: ${differing.slice(0, 10).join(', ')}` : ''}`,
    },
  ]);
  await rm(verifyDir, { recursive: true, force: true });
  return differing.length;
}

async function digestFiles(dir: string): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    digests.set(relative(dir, file), createHash('sha256').update(await readFile(file)).digest('hex'));
  }
  return digests;
}

async function timeCheck(env: Record<string, string>): Promise<Timing | undefined> {
  const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (manifest.scripts?.['check'] === undefined) {
    console.log('npm run check: not available (package.json has no "check" script)');
    return undefined;
  }
  const npm = process.env['npm_execpath'];
  console.log('npm run check on the corpus…');
  const result = await runMeasured({
    command: npm ? process.execPath : 'npm',
    args: npm ? [npm, 'run', 'check'] : ['run', 'check'],
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  console.log(`npm run check: exit ${result.exitCode ?? result.signal} in ${result.seconds.toFixed(1)} s`);
  const ok = builtOk('npm run check', result);
  if (ok) for (const line of lastLines(result.output, 1)) console.log(`  ${line}`);
  return { seconds: result.seconds, ok };
}

/**
 * Runs the steps of `npm run build` one after the other, as npm does, stopping at a failure:
 * the time is their sum, the peak memory the highest of any step's process tree.
 */
async function build(env: Record<string, string>): Promise<RunResult & { stepTimes: string }> {
  let total: RunResult | undefined;
  const stepTimes: string[] = [];
  for (const step of BUILD_STEPS) {
    const result = await runMeasured({
      command: process.execPath,
      args: [...step.nodeArgs, join(REPO_ROOT, step.script), ...step.args],
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      sampleMemory: true,
    });
    total = total === undefined ? result : combineRuns(total, result);
    stepTimes.push(`${step.name} ${result.seconds.toFixed(1)} s`);
    if (result.exitCode !== 0) break;
  }
  if (total === undefined) throw new Error('no build steps');
  return { ...total, stepTimes: stepTimes.join(', ') };
}

function combineRuns(first: RunResult, next: RunResult): RunResult {
  const peaks = [first.peakRssBytes, next.peakRssBytes].filter((peak) => peak !== undefined);
  return {
    exitCode: next.exitCode,
    signal: next.signal,
    seconds: first.seconds + next.seconds,
    output: first.output + next.output,
    peakRssBytes: peaks.length > 0 ? Math.max(...peaks) : undefined,
  };
}

/** True for exit code 0; otherwise records a failure and prints the end of the output. */
function builtOk(name: string, result: RunResult): boolean {
  if (result.exitCode === 0) return true;
  if (interrupted) return false;
  fail(
    `${name} exited with ${result.exitCode ?? `signal ${result.signal}`}; last ${FAILURE_LINES} lines of its output:`,
  );
  for (const line of lastLines(result.output, FAILURE_LINES)) console.log(`  ${line}`);
  return false;
}

function report(checks: readonly Check[]): void {
  for (const check of checks) {
    if (check.ok) console.log(`ok   ${check.name}: ${check.detail}`);
    else fail(`${check.name}: ${check.detail}`);
  }
}

function fail(message: string): void {
  failures.push(message);
  console.log(`FAIL ${message}`);
}

function finish(opts: BenchOptions, results: Results): number {
  if (interrupted) return 130;
  const m = results.metrics;
  const pagesPerSecond =
    results.pages !== undefined && results.cold?.ok ? results.pages / results.cold.seconds : undefined;
  console.log('');
  console.log(
    formatMarkdownTable(
      [
        'articles',
        'pages written',
        'cold build s',
        'pages/s',
        'peak RSS MB',
        'output MB',
        'avg article KB',
        'max article KB',
        'CSS KB',
        'JS KB',
        'publish s',
        'edit s',
        'files differing',
        'check s',
      ],
      [
        [
          String(opts.articles),
          results.pages === undefined ? 'n/a' : String(results.pages),
          timeCell(results.cold),
          formatNumber(pagesPerSecond, 0),
          formatNumber(mb(results.peakRssBytes), 0),
          formatNumber(m && m.bytes / MB, 1),
          formatNumber(m && m.articleAvgBytes / KB, 1),
          formatNumber(m && m.articleMaxBytes / KB, 1),
          formatNumber(m && m.cssBytes / KB, 1),
          formatNumber(m && m.jsBytes / KB, 1),
          timeCell(results.publish),
          timeCell(results.edit),
          results.differing === undefined ? 'n/a' : String(results.differing),
          opts.check ? timeCell(results.check) : 'not run',
        ],
      ],
    ),
  );
  console.log('');
  console.log(`Machine: ${describeMachine()}`);
  const command = process.env['npm_lifecycle_event'] === 'bench' ? 'npm run bench --' : 'node scripts/bench.ts';
  console.log(`Command: ${command} ${argv.join(' ')}`);
  console.log(failures.length === 0 ? 'All checks passed.' : `${failures.length} check(s) failed.`);
  return failures.length === 0 ? 0 : 1;
}

async function cleanUp(): Promise<void> {
  if (workDir === undefined) return;
  const dir = workDir;
  workDir = undefined;
  if (options.keep) console.log(`Kept the content and caches in ${dir}, the output in .cache/bench/out`);
  else {
    await rm(dir, { recursive: true, force: true });
    await rm(join(REPO_ROOT, '.cache', 'bench'), { recursive: true, force: true });
  }
}

async function interrupt(): Promise<void> {
  interrupted = true;
  console.log('\nInterrupted: stopping the build and its child processes…');
  await stopRunning();
  await cleanUp();
  process.exit(130);
}

function readOptions(args: readonly string[]): BenchOptions {
  try {
    return parseBenchArgs(args);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

/** Seconds of a step that succeeded, "failed" for one that did not, "n/a" for one that did not run. */
function timeCell(timing: Timing | undefined): string {
  if (timing === undefined) return 'n/a';
  return timing.ok ? timing.seconds.toFixed(1) : 'failed';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

function mb(bytes: number | undefined): number | undefined {
  return bytes === undefined ? undefined : bytes / MB;
}
