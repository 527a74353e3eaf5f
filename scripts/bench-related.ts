/**
 * Benchmark of the related-news engine on synthetic labelled corpora. Prints figures; it is
 * not a test and asserts nothing.
 * 1. Quality: precision@count (share of related results from the target's own cluster),
 *    overall, for untagged articles and for Urdu clusters.
 * 2. Speed and memory: wall time and peak RSS to compute every related list, each size in a
 *    fresh Node process so peaks do not carry over.
 * Usage: npm exec -- node scripts/bench-related.ts [--quality 5000] [--articles 10000,100000] [--seed 7]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { computeRelated } from '../src/lib/related/engine.ts';
import { DEFAULT_RELATED_SETTINGS } from '../src/lib/related/settings.ts';
import { relatedTopics } from '../src/lib/related/topics.ts';
import { generateLabelledCorpus } from '../tests/support/related-corpus.ts';

const ARTICLES_PER_CLUSTER = 100;
const UNTAGGED_SHARE = 0.2;
const URDU_EVERY = 8;
const MB = 1024 * 1024;

const args = parseArgs(process.argv.slice(2));
const seed = Number(args.get('seed') ?? 7);

if (args.has('child')) {
  console.log(JSON.stringify(measure(Number(args.get('child')), seed)));
} else {
  quality(Number(args.get('quality') ?? 5000), seed);
  speed((args.get('articles') ?? '10000,100000').split(',').map(Number), seed);
}

function quality(size: number, seed: number): void {
  const clusters = Math.round(size / ARTICLES_PER_CLUSTER);
  const { articles, clusterOf } = generateLabelledCorpus({ articles: size, clusters, seed, untaggedShare: UNTAGGED_SHARE });
  const related = computeRelated(articles);
  const groups = { all: newTally(), tagged: newTally(), untagged: newTally(), urdu: newTally() };
  for (const article of articles) {
    const cluster = clusterOf.get(article.slug);
    for (const result of related.get(article.slug) ?? []) {
      const hit = clusterOf.get(result.slug) === cluster;
      const fallback = result.reason !== 'scored';
      count(groups.all, hit, fallback);
      count(groups[article.tags.length === 0 ? 'untagged' : 'tagged'], hit, fallback);
      if (cluster !== undefined && cluster % URDU_EVERY === URDU_EVERY - 1) count(groups.urdu, hit, fallback);
    }
  }
  const k = DEFAULT_RELATED_SETTINGS.count;
  console.log(`Quality: ${size} articles, ${clusters} clusters, ${UNTAGGED_SHARE * 100}% untagged, seed ${seed}, default settings`);
  printTable(
    ['articles', 'targets', `precision@${k}`, 'fallback results', 'floor'],
    [
      ['all', groups.all, '0.95'],
      ['untagged', groups.untagged, '0.90'],
      ['tagged', groups.tagged, ''],
      ['urdu clusters', groups.urdu, ''],
    ].map(([name, tally, floor]) => {
      const t = tally as Tally;
      const precision = t.results === 0 ? 0 : t.hits / t.results;
      return [String(name), String(t.results / k), precision.toFixed(3), String(t.fallbacks), String(floor)];
    }),
  );
  console.log('');
}

function speed(sizes: number[], seed: number): void {
  console.log(`Speed and memory: default settings, ${ARTICLES_PER_CLUSTER} articles per cluster, one process per size`);
  const rows = sizes.map((size) => {
    const out = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', String(size), '--seed', String(seed)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const m = JSON.parse(out.trim().split('\n').at(-1)!) as ReturnType<typeof measure>;
    return [
      String(size),
      m.tokens.toLocaleString('en'),
      m.generateSeconds.toFixed(2),
      m.relatedSeconds.toFixed(2),
      m.topicsSeconds.toFixed(2),
      (m.rssBefore / MB).toFixed(0),
      (m.peakRss / MB).toFixed(0),
      (m.heapRetained / MB).toFixed(0),
      String(m.shortLists),
    ];
  });
  printTable(
    ['articles', 'words', 'generate s', 'related s', 'topics s', 'RSS before MB', 'peak RSS MB', 'heap after MB', 'short lists'],
    rows,
  );
}

function measure(size: number, seed: number) {
  const started = performance.now();
  const { articles } = generateLabelledCorpus({
    articles: size,
    clusters: Math.max(1, Math.round(size / ARTICLES_PER_CLUSTER)),
    seed,
    untaggedShare: UNTAGGED_SHARE,
  });
  const tokens = articles.reduce((sum, article) => sum + article.text.split(' ').length, 0);
  const generated = performance.now();
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const related = computeRelated(articles);
  const t1 = performance.now();
  const topics = relatedTopics(articles);
  const t2 = performance.now();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  collectGarbage();
  const heapRetained = process.memoryUsage().heapUsed - heapBefore;
  let shortLists = 0;
  for (const list of related.values()) if (list.length < DEFAULT_RELATED_SETTINGS.count) shortLists++;
  return {
    tokens,
    generateSeconds: (generated - started) / 1000,
    relatedSeconds: (t1 - t0) / 1000,
    topicsSeconds: (t2 - t1) / 1000,
    topicCount: topics.size,
    rssBefore,
    peakRss,
    heapRetained,
    shortLists,
  };
}

interface Tally {
  results: number;
  hits: number;
  fallbacks: number;
}

function newTally(): Tally {
  return { results: 0, hits: 0, fallbacks: 0 };
}

function count(tally: Tally, hit: boolean, fallback: boolean): void {
  tally.results++;
  if (hit) tally.hits++;
  if (fallback) tally.fallbacks++;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

function parseArgs(argv: string[]): Map<string, string> {
  const parsed = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!;
    if (name.startsWith('--')) parsed.set(name.slice(2), argv[i + 1]?.startsWith('--') === false ? argv[++i]! : '');
  }
  return parsed;
}
