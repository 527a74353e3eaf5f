import { mulberry32 } from '../../scripts/bench/random.ts';
import type { RelatedArticle } from '#src/related/types.ts';

export { mulberry32 };

/** What {@link generateLabelledCorpus} makes. */
export interface LabelledCorpusOptions {
  /** Number of articles. */
  articles: number;
  /** Number of topic clusters the articles are drawn from. */
  clusters: number;
  /** PRNG seed: the same seed gives the same corpus. */
  seed: number;
  /** Share of articles left without topics, so only their text can relate them (a few more end up with none by chance). */
  untaggedShare: number;
  /**
   * Share of body sentences borrowed from other topics' vocabulary, as real stories quote,
   * compare and digress (a trade story mentions the weather). Default 0: the texts, topics and
   * dates are then those made before this knob existed, so older figures stay comparable.
   */
  mix?: number;
}

/** Articles for the related-news engine, and the cluster each one was drawn from. */
export interface LabelledCorpus {
  articles: RelatedArticle[];
  clusterOf: Map<string, number>;
  /** The clusters each article borrows sentences from (none at mix 0). */
  digressionsOf: Map<string, number[]>;
}

const START = Date.UTC(2020, 0, 1);
const SPAN_MS = 5 * 365 * 86_400_000;
const OWN_WORDS = 60;
const BORROWED_WORDS = 20;
const COMMON_WORDS = 600;
const NOISE_WORDS = 15_000;
const CITIES = 40;
// Borrowed sentences come from two other topics per article (in its own script), so that a
// story digresses into a couple of subjects rather than into noise spread over all of them.
const DIGRESSIONS = 2;
const SENTENCE_WORDS = { min: 8, max: 20 };
// Seeds the second stream that decides sentence lengths and borrowing, so that the main stream
// (clusters, tags, dates, words) stays the same at every mix.
const MIX_SEED_SALT = 0x9e3779b9;
// Share of words drawn from the article's own cluster; of the rest, a quarter of all words are
// function words, noise words fill the last NOISE_SHARE, and the shared vocabulary the middle.
const CLUSTER_SHARE = { title: 0.3, summary: 0.15, body: 0.1 };
const FUNCTION_SHARE = 0.25;
const NOISE_SHARE = 0.18;
const REGIONS = ['africa', 'americas', 'central-asia', 'east-asia', 'europe', 'middle-east', 'south-asia', 'oceania'];
// Every eighth cluster writes in Urdu, so the engine is measured on a second script too.
const URDU_EVERY = 8;
const SYLLABLES = {
  en: ['ba', 'de', 'fi', 'go', 'hu', 'ka', 'le', 'mi', 'no', 'pu', 'ra', 'se', 'ti', 'vo', 'wu', 'za'],
  ur: ['با', 'تی', 'جو', 'دا', 'رو', 'سی', 'فا', 'قو', 'لی', 'مو', 'نا', 'وی', 'پا', 'چی', 'کو', 'گا'],
} as const;
const FUNCTION_WORDS = {
  en: ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'was', 'with', 'said', 'by', 'it'],
  ur: ['کے', 'میں', 'کی', 'ہے', 'اور', 'سے', 'کو', 'کا', 'نے', 'پر', 'یہ'],
} as const;
type Language = keyof typeof SYLLABLES;

/** The language a cluster's articles are written in: every eighth cluster is in Urdu. */
export function clusterLanguage(cluster: number): Language {
  return cluster % URDU_EVERY === URDU_EVERY - 1 ? 'ur' : 'en';
}

/**
 * A labelled corpus that is deliberately not easy. Each cluster has 80 Zipf-distributed words of
 * its own, a quarter of them borrowed from the next cluster, yet they make only 30% of a title,
 * 15% of a summary and 10% of a body (60–200 words); the rest are function words, a vocabulary
 * shared by all clusters, and 18% rare noise words (names, places). Tagged articles get some of
 * their cluster's three topics (none at all for about one in twelve), a topic of another cluster
 * one time in five, a region topic unrelated to the cluster half of the time, and "world", which
 * is on too many articles to count, a third of the time. Every eighth cluster is in Urdu script,
 * with optional vowel marks on some words. About `articles / 50` authors (half of each one's
 * work on a beat), 40 cities at random, dates over five years from 2020. With `mix` above 0 the
 * body is cut into sentences of 8–20 words, and each is borrowed with probability `mix` from one
 * of two other clusters of the same script picked per article: it draws its cluster words from
 * that cluster's vocabulary. Each article also carries its headline (title and summary, the
 * start of its text), as the site's input does. Deterministic for a seed.
 */
export function generateLabelledCorpus(options: LabelledCorpusOptions): LabelledCorpus {
  const random = mulberry32(options.seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const words = { en: wordMaker('en'), ur: wordMaker('ur') };
  const common = { en: words.en.take(COMMON_WORDS), ur: words.ur.take(COMMON_WORDS) };
  const noise = { en: words.en.take(NOISE_WORDS), ur: words.ur.take(NOISE_WORDS) };
  const own = Array.from({ length: options.clusters }, (_, cluster) => words[clusterLanguage(cluster)].take(OWN_WORDS));
  // Shuffled so that the borrowed words are not always the next cluster's most frequent ones.
  const vocabulary = own.map((list, cluster) =>
    shuffle([...list, ...own[(cluster + 1) % options.clusters]!.slice(0, BORROWED_WORDS)], random),
  );
  const zipfCluster = zipfSampler(OWN_WORDS + BORROWED_WORDS, random);
  const zipfCommon = zipfSampler(COMMON_WORDS, random);
  const authorCount = Math.max(2, Math.round(options.articles / 50));
  const mix = options.mix ?? 0;
  if (!(mix >= 0 && mix <= 1)) throw new RangeError(`mix must be in [0, 1], got ${mix}`);
  const mixRandom = mulberry32(options.seed ^ MIX_SEED_SALT);
  const perScript = { en: 0, ur: 0 };
  for (let cluster = 0; cluster < options.clusters; cluster++) perScript[clusterLanguage(cluster)]++;
  // Another cluster of the same script, by rejection: cheap for any number of clusters.
  const digressionOf = (cluster: number): number => {
    for (;;) {
      const other = Math.floor(mixRandom() * options.clusters);
      if (other !== cluster && clusterLanguage(other) === clusterLanguage(cluster)) return other;
    }
  };

  const sentence = (cluster: number, length: number, clusterShare: number): string => {
    const script = clusterLanguage(cluster);
    const out: string[] = [];
    for (let k = 0; k < length; k++) {
      const roll = random();
      let word: string;
      if (roll < FUNCTION_SHARE) word = pick(FUNCTION_WORDS[script]);
      else if (roll < FUNCTION_SHARE + clusterShare) word = vocabulary[cluster]![zipfCluster()]!;
      else if (roll < 1 - NOISE_SHARE) word = common[script][zipfCommon()]!;
      else word = pick(noise[script]);
      // Some Urdu words carry an optional vowel mark, as hand-typed text does.
      if (script === 'ur' && random() < 0.1) word = `${word.slice(0, 1)}\u064E${word.slice(1)}`;
      out.push(word);
    }
    return out.join(' ');
  };

  const body = (cluster: number, length: number, digressions: number[]): string => {
    if (mix === 0 || perScript[clusterLanguage(cluster)] < 2) return sentence(cluster, length, CLUSTER_SHARE.body);
    for (let k = 0; k < DIGRESSIONS; k++) digressions.push(digressionOf(cluster));
    const sentences: string[] = [];
    for (let left = length; left > 0; ) {
      const words = Math.min(
        left,
        SENTENCE_WORDS.min + Math.floor(mixRandom() * (SENTENCE_WORDS.max - SENTENCE_WORDS.min + 1)),
      );
      const from = mixRandom() < mix ? digressions[Math.floor(mixRandom() * DIGRESSIONS)]! : cluster;
      sentences.push(sentence(from, words, CLUSTER_SHARE.body));
      left -= words;
    }
    return sentences.join('. ');
  };

  const articles: RelatedArticle[] = [];
  const clusterOf = new Map<string, number>();
  const digressionsOf = new Map<string, number[]>();
  for (let index = 0; index < options.articles; index++) {
    const cluster = Math.floor(random() * options.clusters);
    const slug = `story-${String(index).padStart(6, '0')}`;
    const digressions: number[] = [];
    const title = sentence(cluster, 6 + Math.floor(random() * 6), CLUSTER_SHARE.title);
    const summary = sentence(cluster, 14 + Math.floor(random() * 12), CLUSTER_SHARE.summary);
    const text = [title, summary, body(cluster, 60 + Math.floor(random() * 140), digressions)].join('\n\n');
    const tags = random() < options.untaggedShare ? [] : drawTags(cluster, options.clusters, random);
    const author =
      random() < 0.5 ? (cluster * 7 + Math.floor(random() * 3)) % authorCount : Math.floor(random() * authorCount);
    articles.push({
      slug,
      tags,
      author: `author-${author}`,
      city: `city-${Math.floor(random() * CITIES)}`,
      published: START + Math.floor(random() * (SPAN_MS / 60_000)) * 60_000,
      text,
      headline: `${title}\n\n${summary}`,
    });
    clusterOf.set(slug, cluster);
    digressionsOf.set(slug, digressions);
  }
  return { articles, clusterOf, digressionsOf };
}

function drawTags(cluster: number, clusters: number, random: () => number): string[] {
  const tags = new Set<string>();
  const topic = (c: number, variant: number) => (variant === 0 ? `topic-${c}` : `topic-${c}-${'xyz'[variant - 1]}`);
  if (random() < 0.8) tags.add(topic(cluster, 0));
  if (random() < 0.35) tags.add(topic(cluster, 1));
  if (random() < 0.35) tags.add(topic(cluster, 2));
  if (random() < 0.2)
    tags.add(topic((cluster + 1 + Math.floor(random() * (clusters - 1))) % clusters, Math.floor(random() * 3)));
  if (random() < 0.5) tags.add(REGIONS[Math.floor(random() * REGIONS.length)]!);
  if (random() < 0.35) tags.add('world');
  return [...tags];
}

// Unique made-up words of two-letter syllables (so every word parses one way), at least six
// letters long, handed out in order.
function wordMaker(script: Language): { take: (count: number) => string[] } {
  const syllables = SYLLABLES[script];
  let next = 0;
  const word = (index: number): string => {
    let out = '';
    for (let rest = index, digits = 0; rest > 0 || digits < 3; rest = Math.floor(rest / 16), digits++) {
      out = syllables[rest % 16]! + out;
    }
    return out;
  };
  return { take: (count) => Array.from({ length: count }, () => word(next++)) };
}

// Draws ranks 0…size-1 with probability proportional to 1 / (rank + 1).
function zipfSampler(size: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = sum += 1 / (rank + 1);
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function shuffle<T>(values: T[], random: () => number): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
  return values;
}
