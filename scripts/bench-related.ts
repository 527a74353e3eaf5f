/**
 * Benchmark of the related-news engine on synthetic labelled corpora (see
 * `tests/support/related-corpus.ts`), with the default settings. Prints figures; asserts nothing.
 * 1. Quality: precision@count, the share of related results drawn from the target's own cluster,
 *    overall, for untagged targets (only text can relate them), tagged ones and Urdu clusters.
 * 2. Speed and memory: wall time and peak RSS to compute every related list (and the related
 *    topics) in memory, each size in a fresh Node process so that peaks do not carry over.
 * Usage: npm exec -- node scripts/bench-related.ts [--quality 5000] [--articles 10000,100000] [--seed 7]
 * (`--quality 0` skips the quality run.)
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { computeRelated } from '../src/related/engine.ts';
import { DEFAULT_RELATED_SETTINGS } from '../src/related/settings.ts';
import { relatedTopics } from '../src/related/topics.ts';
import { clusterLanguage, generateLabelledCorpus } from '../tests/support/related-corpus.ts';

const ARTICLES_PER_CLUSTER = 100;
const UNTAGGED_SHARE = 0.2;
const MB = 1024 * 1024;

interface Measurement {
  words: number;
  relatedSeconds: number;
  topicsSeconds: number;
  rssBefore: number;
  peakRss: number;
  resultsHeap: number;
  shortLists: number;
}

interface Tally {
  results: number;
  hits: number;
  fallbacks: number;
}

const args = parseArgs(process.argv.slice(2));
const seed = Number(args.get('seed') ?? 7);
const count = DEFAULT_RELATED_SETTINGS.count;

if (args.has('child')) {
  console.log(JSON.stringify(measure(Number(args.get('child')))));
} else {
  const qualitySize = Number(args.get('quality') ?? 5000);
  if (qualitySize > 0) reportQuality(qualitySize);
  reportSpeed((args.get('articles') ?? '10000,100000').split(',').map(Number));
}

function corpusOf(size: number) {
  const clusters = Math.max(1, Math.round(size / ARTICLES_PER_CLUSTER));
  return { clusters, ...generateLabelledCorpus({ articles: size, clusters, seed, untaggedShare: UNTAGGED_SHARE }) };
}

function reportQuality(size: number): void {
  const { articles, clusterOf, clusters } = corpusOf(size);
  const related = computeRelated(articles);
  const tallies = new Map<string, Tally>(
    ['all', 'untagged', 'tagged', 'Urdu clusters'].map((name) => [name, { results: 0, hits: 0, fallbacks: 0 }]),
  );
  for (const article of articles) {
    const cluster = clusterOf.get(article.slug)!;
    const groups = ['all', article.tags.length === 0 ? 'untagged' : 'tagged'];
    if (clusterLanguage(cluster) === 'ur') groups.push('Urdu clusters');
    for (const result of related.get(article.slug) ?? []) {
      for (const group of groups) {
        const tally = tallies.get(group)!;
        tally.results++;
        if (clusterOf.get(result.slug) === cluster) tally.hits++;
        if (result.reason !== 'scored') tally.fallbacks++;
      }
    }
  }
  const floors = new Map([
    ['all', '0.95'],
    ['untagged', '0.90'],
  ]);
  console.log(
    `Quality: ${size} articles in ${clusters} clusters, ${UNTAGGED_SHARE * 100}% untagged, seed ${seed}, default settings`,
  );
  printTable(
    ['targets', 'articles', `precision@${count}`, 'floor', 'fallback results'],
    [...tallies].map(([name, tally]) => [
      name,
      String(tally.results / count),
      (tally.hits / Math.max(1, tally.results)).toFixed(3),
      floors.get(name) ?? '',
      String(tally.fallbacks),
    ]),
  );
  console.log('');
}

function reportSpeed(sizes: number[]): void {
  console.log(`Speed and memory: default settings, ${ARTICLES_PER_CLUSTER} articles per cluster, one process per size`);
  const script = fileURLToPath(import.meta.url);
  const rows = sizes.map((size) => {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', script, '--child', String(size), '--seed', String(seed)],
      {
        encoding: 'utf8',
      },
    );
    const m = JSON.parse(out.trim().split('\n').at(-1)!) as Measurement;
    return [
      size.toLocaleString('en'),
      m.words.toLocaleString('en'),
      m.relatedSeconds.toFixed(2),
      m.topicsSeconds.toFixed(2),
      (m.rssBefore / MB).toFixed(0),
      (m.peakRss / MB).toFixed(0),
      ((m.peakRss - m.rssBefore) / MB).toFixed(0),
      (m.resultsHeap / MB).toFixed(0),
      String(m.shortLists),
    ];
  });
  printTable(
    [
      'articles',
      'words',
      'related s',
      'topics s',
      'RSS before MB',
      'peak RSS MB',
      'peak - before MB',
      'results heap MB',
      `lists < ${count}`,
    ],
    rows,
  );
}

// Runs in the child process: the corpus is generated first, then only the engine is timed.
function measure(size: number): Measurement {
  const { articles } = corpusOf(size);
  const words = articles.reduce((sum, article) => sum + article.text.split(/\s+/).length, 0);
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const related = computeRelated(articles);
  const t1 = performance.now();
  relatedTopics(articles);
  const t2 = performance.now();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  collectGarbage();
  const resultsHeap = process.memoryUsage().heapUsed - heapBefore;
  let shortLists = 0;
  for (const list of related.values()) if (list.length < count) shortLists++;
  return {
    words,
    relatedSeconds: (t1 - t0) / 1000,
    topicsSeconds: (t2 - t1) / 1000,
    rssBefore,
    peakRss,
    resultsHeap,
    shortLists,
  };
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

function parseArgs(argv: string[]): Map<string, string> {
  const parsed = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!;
    if (!name.startsWith('--')) continue;
    const value = argv[i + 1];
    parsed.set(name.slice(2), value !== undefined && !value.startsWith('--') ? argv[++i]! : '');
  }
  return parsed;
}
