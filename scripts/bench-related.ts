/**
 * Benchmark of the related-news engine on synthetic labelled corpora (see
 * `tests/support/related-corpus.ts`), with the default settings. Prints figures; asserts nothing.
 * 1. Quality: precision@count, the share of related results drawn from the target's own cluster,
 *    overall, for untagged targets (only text can relate them), tagged ones and Urdu clusters,
 *    at each share of borrowed sentences (`--mix`).
 * 2. With `--diagnose`: the same figures for settings that lift one limit at a time (time
 *    windows, terms per article, nudges), to see which step loses the true neighbours.
 * 3. Speed and memory: wall and CPU time and peak RSS to compute every related list (and the
 *    related topics) in memory, each size in a fresh Node process so that peaks do not carry over.
 * Usage: npm run bench:related -- [--quality 5000] [--mix 0,0.3,0.5] [--untagged 0.15]
 *   [--diagnose] [--articles 10000,100000] [--speed-mix 0.5] [--seed 7]
 * (`--quality 0` skips the quality run, `--articles 0` the speed run.)
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { computeRelated } from '../src/related/engine.ts';
import { DEFAULT_RELATED_SETTINGS, type RelatedSettings } from '../src/related/settings.ts';
import { relatedTopics } from '../src/related/topics.ts';
import { clusterLanguage, generateLabelledCorpus } from '../tests/support/related-corpus.ts';

const ARTICLES_PER_CLUSTER = 100;
const MB = 1024 * 1024;
const GROUPS = ['all', 'untagged', 'tagged', 'Urdu clusters'] as const;
type Group = (typeof GROUPS)[number];

interface Measurement {
  words: number;
  relatedSeconds: number;
  /** CPU time of the same call: steadier than wall time on a shared machine. */
  relatedCpuSeconds: number;
  topicsSeconds: number;
  rssBefore: number;
  peakRss: number;
  resultsHeap: number;
  shortLists: number;
}

interface Tally {
  results: number;
  hits: number;
  /** Misses from a cluster the target borrows sentences from. */
  borrowed: number;
  fallbacks: number;
}

// Settings that each lift one suspected limit of the engine (or several), for `--diagnose`.
const HUGE = 1_000_000_000;
const NO_NUDGES = { city: 0, author: 0, time: 0 };
const DIAGNOSES: [string, Partial<RelatedSettings> & { termWindow?: number }][] = [
  ['defaults', {}],
  // The suspects named for the engine before the neighbours signal (`termWindow` was its
  // candidate window per shared term; the current engine has none and ignores it).
  ['no time windows', { tagWindow: HUGE, termWindow: HUGE }],
  ['all terms per article', { termsPerArticle: 100_000 }],
  ['32 terms per article', { termsPerArticle: 32 }],
  ['no nudges', { weights: { ...DEFAULT_RELATED_SETTINGS.weights, ...NO_NUDGES } }],
  ['no headline weight', { headlineWeight: 0 }],
  ['no neighbours signal', { weights: { ...DEFAULT_RELATED_SETTINGS.weights, neighbours: 0 } }],
  ['neither', { headlineWeight: 0, weights: { ...DEFAULT_RELATED_SETTINGS.weights, neighbours: 0 } }],
];

const args = parseArgs(process.argv.slice(2));
const seed = Number(args.get('seed') ?? 7);
const untaggedShare = Number(args.get('untagged') ?? 0.15);
const count = DEFAULT_RELATED_SETTINGS.count;

if (args.has('child')) {
  console.log(JSON.stringify(measure(Number(args.get('child')), Number(args.get('speed-mix') ?? 0.5))));
} else {
  const qualitySize = Number(args.get('quality') ?? 5000);
  const mixes = (args.get('mix') ?? '0,0.3,0.5').split(',').map(Number);
  if (qualitySize > 0) reportQuality(qualitySize, mixes, args.has('diagnose'));
  const sizes = (args.get('articles') ?? '10000,100000').split(',').map(Number).filter((size) => size > 0);
  if (sizes.length > 0) reportSpeed(sizes, Number(args.get('speed-mix') ?? 0.5));
}

function corpusOf(size: number, mix: number) {
  const clusters = Math.max(1, Math.round(size / ARTICLES_PER_CLUSTER));
  return { clusters, ...generateLabelledCorpus({ articles: size, clusters, seed, untaggedShare, mix }) };
}

function reportQuality(size: number, mixes: number[], diagnose: boolean): void {
  const clusters = Math.max(1, Math.round(size / ARTICLES_PER_CLUSTER));
  console.log(
    `Quality: ${size} articles in ${clusters} clusters, ${untaggedShare * 100}% untagged, seed ${seed}` +
      (diagnose ? '' : ', default settings'),
  );
  const variants = diagnose ? DIAGNOSES : DIAGNOSES.slice(0, 1);
  const rows: string[][] = [];
  for (const mix of mixes) {
    const corpus = corpusOf(size, mix);
    for (const [name, overrides] of variants) {
      const tallies = measureQuality(corpus, { ...DEFAULT_RELATED_SETTINGS, ...overrides });
      const precision = (group: Group) =>
        (tallies.get(group)!.hits / Math.max(1, tallies.get(group)!.results)).toFixed(3);
      rows.push([
        String(mix),
        ...(diagnose ? [name] : []),
        ...GROUPS.map(precision),
        String(tallies.get('untagged')!.results / count),
        share(tallies.get('all')!.borrowed, tallies.get('all')!.results - tallies.get('all')!.hits),
        String(tallies.get('all')!.fallbacks),
      ]);
    }
  }
  printTable(
    [
      'mix',
      ...(diagnose ? ['settings'] : []),
      ...GROUPS.map((group) => `p@${count} ${group}`),
      'untagged articles',
      'misses from a borrowed topic',
      'fallback results',
    ],
    rows,
  );
  console.log('');
}

function share(part: number, whole: number): string {
  return whole === 0 ? '-' : (part / whole).toFixed(2);
}

function measureQuality(
  { articles, clusterOf, digressionsOf }: ReturnType<typeof corpusOf>,
  settings: RelatedSettings,
): Map<Group, Tally> {
  const related = computeRelated(articles, settings);
  const tallies = new Map<Group, Tally>(GROUPS.map((name) => [name, { results: 0, hits: 0, borrowed: 0, fallbacks: 0 }]));
  for (const article of articles) {
    const cluster = clusterOf.get(article.slug)!;
    const groups: Group[] = ['all', article.tags.length === 0 ? 'untagged' : 'tagged'];
    if (clusterLanguage(cluster) === 'ur') groups.push('Urdu clusters');
    for (const result of related.get(article.slug) ?? []) {
      for (const group of groups) {
        const tally = tallies.get(group)!;
        tally.results++;
        if (clusterOf.get(result.slug) === cluster) tally.hits++;
        else if (digressionsOf.get(article.slug)!.includes(clusterOf.get(result.slug)!)) tally.borrowed++;
        if (result.reason !== 'scored') tally.fallbacks++;
      }
    }
  }
  return tallies;
}

function reportSpeed(sizes: number[], mix: number): void {
  console.log(
    `Speed and memory: default settings, ${ARTICLES_PER_CLUSTER} articles per cluster, mix ${mix}, ` +
      `${untaggedShare * 100}% untagged, one process per size`,
  );
  const script = fileURLToPath(import.meta.url);
  const rows = sizes.map((size) => {
    const out = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        script,
        '--child',
        String(size),
        '--seed',
        String(seed),
        '--untagged',
        String(untaggedShare),
        '--speed-mix',
        String(mix),
      ],
      {
        encoding: 'utf8',
      },
    );
    const m = JSON.parse(out.trim().split('\n').at(-1)!) as Measurement;
    return [
      size.toLocaleString('en'),
      m.words.toLocaleString('en'),
      m.relatedSeconds.toFixed(2),
      m.relatedCpuSeconds.toFixed(2),
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
      'related CPU s',
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
function measure(size: number, mix: number): Measurement {
  const { articles } = corpusOf(size, mix);
  const words = articles.reduce((sum, article) => sum + article.text.split(/\s+/).length, 0);
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const related = computeRelated(articles);
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
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
    relatedCpuSeconds: (cpu.user + cpu.system) / 1e6,
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
