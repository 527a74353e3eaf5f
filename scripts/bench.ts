/**
 * Build benchmark at newsroom scale: generates a deterministic synthetic newsroom in the OS temp
 * folder, builds it cold with `astro build` (wall time, pages per second, peak RSS of the whole
 * process tree, output sizes), checks that the output is complete, edits one article and
 * rebuilds with the warm content cache, optionally times `npm run check`, and prints a Markdown
 * table with the machine it ran on.
 * Usage: npm run bench -- --articles 10000 [--seed 1] [--check] [--keep]
 * Exits 0 when everything passed, 1 when a build or a check failed, 2 on bad arguments and 130
 * when interrupted (the build's process tree is stopped first).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { BUILD_STEPS } from '../src/build/commands.ts';
import { site } from '../src/config/site.ts';
import { checkSite, parsePublishedCount, parseSearchIndexCount, type Check } from './bench/checks.ts';
import { editArticleText, generateCorpus, type Corpus } from './bench/corpus.ts';
import { expectSite, type ExpectedSite } from './bench/expected.ts';
import { countFeedItems, scanFiles, writeFiles } from './bench/files.ts';
import { measureOutput, type OutputMetrics } from './bench/metrics.ts';
import { parseBenchArgs, USAGE, type BenchOptions } from './bench/options.ts';
import { describeMachine, formatMarkdownTable, formatNumber, KB, lastLines, MB } from './bench/report.ts';
import { runMeasured, stopRunning, type RunResult } from './bench/run.ts';

/** The build's fixed "now": 2026-01-01T00:00:00Z. Every generated dateline is before it. */
const NOW = new Date(Date.UTC(2026, 0, 1));
const FAILURE_LINES = 40;
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the run measured so far; a failed step leaves the later ones undefined. */
interface Results {
  pages?: number | undefined;
  cold?: Timing | undefined;
  peakRssBytes?: number | undefined;
  metrics?: OutputMetrics | undefined;
  rebuild?: Timing | undefined;
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
  const epoch = String(NOW.getTime() / 1000);
  console.log(
    `Newsroom build benchmark: ${opts.articles} articles, seed ${opts.seed}, SOURCE_DATE_EPOCH=${epoch} (${NOW.toISOString()})`,
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
  const coldOut = join(workDir, 'out-cold');
  console.log('Cold build (fresh cache)…');
  const cold = await build({ ...env, OUT_DIR: coldOut });
  console.log(
    `Cold build: exit ${cold.exitCode ?? cold.signal} in ${cold.seconds.toFixed(1)} s (${cold.stepTimes}), ` +
      `peak RSS ${formatNumber(mb(cold.peakRssBytes), 0)} MB`,
  );
  results.cold = { seconds: cold.seconds, ok: builtOk('cold build', cold) };
  if (results.cold.ok) {
    results.peakRssBytes = cold.peakRssBytes;
    const files = await scanFiles(coldOut);
    results.metrics = measureOutput(files, expected.published);
    results.pages = results.metrics.pages;
    report(
      checkSite(expected, {
        files,
        publishedReported: parsePublishedCount(cold.output),
        searchIndexed: parseSearchIndexCount(cold.output),
        ...(await countFeedItems(coldOut)),
      }),
    );
    if (results.metrics.jsBytes > 0) {
      console.log(`Note: JavaScript outside /search/: ${results.metrics.jsFiles.join(', ')}`);
    }
    const rebuildOut = join(workDir, 'out-rebuild');
    results.rebuild = await rebuildAfterEdit(corpus, expected, contentDir, env, rebuildOut, results.pages);
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

async function rebuildAfterEdit(
  corpus: Corpus,
  expected: ExpectedSite,
  contentDir: string,
  env: Record<string, string>,
  outDir: string,
  coldPages: number,
): Promise<Timing | undefined> {
  const target = corpus.articles.find((article) => !article.draft);
  if (!target) return undefined;
  const edit = {
    title: `${target.title} (Revised)`,
    sentence: 'This lead sentence was rewritten by the benchmark to time an incremental rebuild.',
  };
  const file = join(contentDir, target.path);
  await writeFile(file, editArticleText(await readFile(file, 'utf8'), edit));
  console.log(`Edited ${target.path}; rebuilding with the same cache…`);
  const rebuild = await build({ ...env, OUT_DIR: outDir });
  console.log(`Rebuild: exit ${rebuild.exitCode ?? rebuild.signal} in ${rebuild.seconds.toFixed(1)} s (${rebuild.stepTimes})`);
  if (!builtOk('rebuild', rebuild)) return { seconds: rebuild.seconds, ok: false };
  const page = await readFile(join(outDir, 'news', target.slug, 'index.html'), 'utf8').catch(() => '');
  const pages = measureOutput(await scanFiles(outDir), []).pages;
  report([
    {
      name: 'rebuild: edited title',
      ok: page.includes(edit.title),
      detail: `"${edit.title}" on /news/${target.slug}/`,
    },
    {
      name: 'rebuild: edited body',
      ok: page.includes(edit.sentence),
      detail: 'the rewritten lead sentence on the page',
    },
    {
      name: 'rebuild: published count',
      ok: parsePublishedCount(rebuild.output) === expected.published.length,
      detail: `build printed ${parsePublishedCount(rebuild.output) ?? 'no'}, expected ${expected.published.length}`,
    },
    { name: 'rebuild: pages', ok: pages === coldPages, detail: `${pages} written, cold build wrote ${coldPages}` },
  ]);
  return { seconds: rebuild.seconds, ok: true };
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
      args: [join(REPO_ROOT, step.script), ...step.args],
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
        'rebuild s',
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
          timeCell(results.rebuild),
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
  if (options.keep) console.log(`Kept the content, outputs and cache in ${dir}`);
  else await rm(dir, { recursive: true, force: true });
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
