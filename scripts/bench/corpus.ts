import { slug as githubSlug } from 'github-slugger';
import yaml from 'js-yaml';
import { makeBio, makeBody, makeHeadline, makeSummary, type LinkTarget } from './prose.ts';
import { createRandom, type Random } from './random.ts';
import { CITIES, FIRST_NAMES, LAST_NAMES, TOPIC_CLUSTERS } from './vocabulary.ts';

/** What to generate. */
export interface CorpusOptions {
  /** Number of articles, drafts included. */
  articles: number;
  /** PRNG seed: the same seed (and options) gives byte-identical files. */
  seed: number;
  /** The build's "now": every dateline falls in the five years before it. */
  now: Date;
}

/** A file of the content folder: path relative to it with `/` separators, and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** What the generator decided about an article, for computing the expected site. */
export interface CorpusArticle {
  slug: string;
  /** Path of its file in the content folder. */
  path: string;
  title: string;
  author: string;
  tags: string[];
  draft: boolean;
}

export interface CorpusAuthor {
  id: string;
  name: string;
  path: string;
}

/** A synthetic newsroom: its files and a summary of what they contain. */
export interface Corpus {
  files: ContentFile[];
  articles: CorpusArticle[];
  authors: CorpusAuthor[];
}

/** Share of articles that are drafts. */
export const DRAFT_SHARE = 0.005;
/** Articles per author; there are at least {@link MIN_AUTHORS}. */
export const ARTICLES_PER_AUTHOR = 50;
export const MIN_AUTHORS = 3;
/** Body length range in words (see `countWords`). */
export const BODY_WORDS = { min: 400, max: 900 } as const;
/** Datelines spread over this many years before "now". */
export const SPAN_YEARS = 5;

const DAY_MS = 86_400_000;
// The site's zone (Asia/Karachi) has no daylight saving: date-times are written at +05:00.
const ZONE_OFFSET_MS = 5 * 3_600_000;
const TARGET_WORDS = { min: BODY_WORDS.min, max: BODY_WORDS.max - 50 };
const OWN_CLUSTER_SHARE = 0.85;
const BEAT_SHARE = 0.6;
const MAX_LINKS = 3;

/**
 * Generates a newsroom deterministically from `options.seed`, without touching the disk:
 * `max(3, round(n / 50))` authors, each with a beat (a topic cluster); articles filed in
 * `articles/YYYY/MM/<slug>.md` with 1–4 topics mostly from one cluster, datelines over the five
 * years before `now` (never after), a city and usually a temperature and a summary; about 0.5%
 * drafts. Bodies of 400–900 words link only to published articles, preferably of the same cluster.
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  if (!Number.isInteger(options.articles) || options.articles < 1) {
    throw new Error(`articles must be a positive integer, got ${options.articles}`);
  }
  const random = createRandom(options.seed);
  const authors = makeAuthors(random, Math.max(MIN_AUTHORS, Math.round(options.articles / ARTICLES_PER_AUTHOR)));
  const drafts = pickDrafts(random, options.articles);
  const slugs = new Set<string>();
  const span = SPAN_YEARS * 365 * DAY_MS - DAY_MS;
  const latest = options.now.getTime() - DAY_MS;

  const plans = Array.from({ length: options.articles }, (_, index) => {
    const author = random.pick(authors);
    const cluster = random.chance(BEAT_SHARE) ? author.beat : random.int(0, TOPIC_CLUSTERS.length - 1);
    const tags = pickTopics(random, cluster);
    const city = random.pick(CITIES);
    const instant = new Date(Math.floor((latest - random.next() * span) / 60_000) * 60_000);
    const dateline = random.chance(0.6) ? formatDate(instant) : formatDateTime(instant);
    const title = makeHeadline(random, tags[0] as string, random.pick(clusterTopics(cluster)), city.name);
    const slug = uniqueSlug(title, slugs);
    const [year, month] = dateline.split('-');
    return {
      slug,
      path: `articles/${year}/${month}/${slug}.md`,
      title,
      author: author.id,
      tags,
      draft: drafts.has(index),
      cluster,
      city,
      dateline,
    };
  });

  const publishedByCluster = TOPIC_CLUSTERS.map(() => [] as LinkTarget[]);
  const published: LinkTarget[] = [];
  for (const plan of plans) {
    if (plan.draft) continue;
    publishedByCluster[plan.cluster]?.push(plan);
    published.push(plan);
  }

  const articleFiles = plans.map((plan): ContentFile => {
    const frontmatter: Record<string, unknown> = {
      title: plan.title,
      dateline: plan.dateline,
      city: plan.city.name,
    };
    if (random.chance(0.9)) {
      frontmatter['temperature'] = Math.round((plan.city.meanTemperature + (random.next() - 0.5) * 24) * 10) / 10;
    }
    frontmatter['author'] = plan.author;
    frontmatter['tags'] = plan.tags;
    if (random.chance(0.85)) frontmatter['summary'] = makeSummary(random, plan.tags[0] as string, plan.city.name);
    if (plan.draft) frontmatter['draft'] = true;
    if (random.chance(0.1)) frontmatter['lang'] = 'en';
    const links = pickLinks(random, plan.slug, publishedByCluster[plan.cluster] ?? [], published);
    const words = random.int(TARGET_WORDS.min, TARGET_WORDS.max);
    const body = makeBody(random, { topics: plan.tags, city: plan.city.name, links, words });
    return { path: plan.path, text: toMarkdown(frontmatter, body) };
  });

  const authorFiles = authors.map((author): ContentFile => {
    const frontmatter: Record<string, unknown> = { name: author.name };
    if (random.chance(0.3)) frontmatter['url'] = `https://example.com/${author.id}`;
    if (random.chance(0.5)) frontmatter['social'] = { x: `https://x.com/${author.id.replaceAll('-', '_')}` };
    const bio = makeBio(
      random,
      author.name,
      TOPIC_CLUSTERS[author.beat]?.name ?? '',
      clusterTopics(author.beat),
      random.pick(CITIES).name,
    );
    return { path: author.path, text: toMarkdown(frontmatter, bio) };
  });

  return {
    files: [...authorFiles, ...articleFiles],
    articles: plans.map(({ slug, path, title, author, tags, draft }) => ({ slug, path, title, author, tags, draft })),
    authors: authors.map(({ id, name, path }) => ({ id, name, path })),
  };
}

/** A Markdown file with YAML frontmatter, as writers commit them. */
export function toMarkdown(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${yaml.dump(frontmatter, { lineWidth: -1 })}---\n\n${body.trim()}\n`;
}

/** An article's Markdown with `sentence` added as a paragraph of its own at the start of the body. */
export function addSentenceToBody(text: string, sentence: string): string {
  const match = /^---\n[\s\S]*?\n?---\n/.exec(text);
  if (!match) throw new Error('not a Markdown file with frontmatter');
  return `${match[0]}\n${sentence}\n${text.slice(match[0].length)}`;
}

interface PlannedAuthor extends CorpusAuthor {
  beat: number;
}

function makeAuthors(random: Random, count: number): PlannedAuthor[] {
  const ids = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    let id = githubSlug(name);
    for (let n = 2; ids.has(id); n++) id = `${githubSlug(name)}-${n}`;
    ids.add(id);
    return { id, name, path: `authors/${id}.md`, beat: index % TOPIC_CLUSTERS.length };
  });
}

function pickDrafts(random: Random, articles: number): Set<number> {
  const count = Math.round(articles * DRAFT_SHARE);
  const drafts = new Set<number>();
  while (drafts.size < count) drafts.add(random.int(0, articles - 1));
  return drafts;
}

function clusterTopics(cluster: number): readonly string[] {
  return TOPIC_CLUSTERS[cluster]?.topics ?? [];
}

function pickTopics(random: Random, cluster: number): string[] {
  const tags = new Set<string>();
  const count = random.int(1, 4);
  while (tags.size < count) {
    const from = random.chance(OWN_CLUSTER_SHARE) ? cluster : random.int(0, TOPIC_CLUSTERS.length - 1);
    tags.add(random.pick(clusterTopics(from)));
  }
  return [...tags];
}

function pickLinks(
  random: Random,
  self: string,
  sameCluster: readonly LinkTarget[],
  all: readonly LinkTarget[],
): LinkTarget[] {
  const pool = sameCluster.length > MAX_LINKS ? sameCluster : all;
  const links = new Map<string, LinkTarget>();
  const wanted = Math.min(random.int(1, MAX_LINKS), pool.length - 1);
  for (let tries = 0; links.size < wanted && tries < wanted * 10; tries++) {
    const target = random.pick(pool);
    if (target.slug !== self) links.set(target.slug, target);
  }
  return [...links.values()];
}

function uniqueSlug(title: string, taken: Set<string>): string {
  const base = githubSlug(title).split('-').filter(Boolean).slice(0, 8).join('-');
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** `2024-05-17`: the calendar day in the site's zone. */
function formatDate(instant: Date): string {
  return new Date(instant.getTime() + ZONE_OFFSET_MS).toISOString().slice(0, 10);
}

/** `2024-05-17T09:30:00+05:00`. */
function formatDateTime(instant: Date): string {
  return `${new Date(instant.getTime() + ZONE_OFFSET_MS).toISOString().slice(0, 19)}+05:00`;
}
