import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNow } from '../config/now.ts';
import { readBuildManifest, type BuildManifest } from '../content/manifest.ts';
import { addDatelineLead, firstParagraphText } from '../content/markdown/article-html.ts';
import { readCachedHtml } from '../content/html-cache.ts';
import { replaceBodyPictures, splitAtBodyPictures } from '../content/markdown/body-pictures.ts';
import { ContentValidationError } from '../content/issues.ts';
import { parseDateline, toCalendarDate, type Dateline } from './dates.ts';
import { lastChange, parseCorrections, type Correction } from './corrections.ts';
import { authorIds } from '../content/schemas/article.ts';
import type { HeldBack } from './publish.ts';
import { relatedTopics, type RelatedTopic } from '../related/index.ts';
import { textDirection } from './text-direction.ts';
import { topicSlug, type Topic, type TopicGroup } from './topics.ts';
import { selectTrending } from './trending.ts';
import { digestOf, frameCutoff, pageKey, publishedBefore } from './snapshot.ts';
import type { FollowUs } from '../content/schemas/data.ts';
import { site } from '../config/site.ts';
import { compareText } from '../build/order.ts';

export interface Author {
  id: string;
  name: string;
  url: string | undefined;
  avatar: ImageMetadata | undefined;
  social: CollectionEntry<'authors'>['data']['social'];
  bioHtml: string;
  /** The bio's first paragraph as plain text, for descriptions. */
  bioText: string;
}

/** A picture beside the Markdown file that the body shows (content/markdown/body-pictures.ts). */
export interface BodyPicture {
  image: ImageMetadata;
  /** Text alternative; empty for a picture the writer marked as decorative. */
  alt: string;
  /** The Markdown title, printed under the picture. */
  caption: string | undefined;
  /** True when the picture stands alone where a paragraph was: shown as a `<figure>`. */
  figure: boolean;
}

export interface Article {
  slug: string;
  file: string;
  title: string;
  /** Publication instant (midnight in the site zone for a date-only dateline). */
  published: Date;
  dateline: Dateline;
  updated: Dateline | undefined;
  city: string;
  temperature: number | undefined;
  /** The authors in byline order: one, or the co-authors of a story written together. */
  authors: Author[];
  /** Topic names as the writer typed them. */
  tags: string[];
  topics: Topic[];
  summary: string;
  image: ImageMetadata | undefined;
  imageAlt: string | undefined;
  /** What the lead image shows, printed under it. */
  imageCaption: string | undefined;
  /** Who made the lead image, printed after the caption. */
  imageCredit: string | undefined;
  /** Corrections in the order the writer listed them. */
  corrections: Correction[];
  /** The last change of the page: publication, `updated` or the newest correction. */
  modified: Date;
  /** Minutes to read the body, counted once by the loader. */
  readingMinutes: number;
  draft: boolean;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Digest of the rendered body in the HTML cache; read it with `getArticleBody` or `getArticleHtml`. */
  bodyDigest: string;
  /**
   * The body's pictures beside the Markdown, in order. Their metadata names each file by a
   * digest of its bytes, so a replaced picture changes the article's digest (and cache keys).
   */
  bodyPictures: BodyPicture[];
  /** Old slugs of a renamed article; each old URL redirects here. */
  aliases: string[];
}

/**
 * What every page shows around its own content, as of the start of the hour (./snapshot.ts):
 * the masthead's busiest topics, Trending Now, Latest News, Follow us and the date.
 */
export interface Frame {
  /** The start of the current hour: the top bar shows its day, the footer its year. */
  now: Date;
  navTopics: Topic[];
  trending: Article[];
  latest: Article[];
  followUs: FollowUs | undefined;
  /** A digest of all the above, for the cache key of every page that shows the frame. */
  key: string;
}

/** Everything the pages need, computed once per build. */
export interface Newsroom {
  now: Date;
  frame: Frame;
  /** Published articles, newest first. */
  articles: Article[];
  bySlug: Map<string, Article>;
  authors: Author[];
  articlesByAuthor: Map<string, Article[]>;
  /** Topics, busiest first. */
  topics: TopicGroup<Article>[];
  related: Map<string, Article[]>;
  /** For each topic slug, the topics that appear with it most. */
  relatedTopics: Map<string, RelatedTopic[]>;
  heldBack: HeldBack[];
  /** Old slugs of published articles, with the article each now leads to, sorted by old slug. */
  renamed: { alias: string; article: Article }[];
}

let newsroom: Promise<Newsroom> | undefined;

/**
 * The published newsroom; loaded, filtered and cross-linked once per build, then shared by
 * every page. The dev server recomputes it per request so edits show up at once.
 */
export function getNewsroom(): Promise<Newsroom> {
  if (import.meta.env.DEV) return loadNewsroom();
  newsroom ??= loadNewsroom();
  return newsroom;
}

async function loadNewsroom(): Promise<Newsroom> {
  const now = buildNow();
  const [articleEntries, authorEntries, manifest] = await Promise.all([
    getCollection('articles'),
    getCollection('authors'),
    readBuildManifest(),
  ]);
  const authors = authorEntries.map(toAuthor).sort((a, b) => compareText(a.id, b.id));
  const authorById = new Map(authors.map((author) => [author.id, author]));
  const entryBySlug = new Map(articleEntries.map((entry) => [entry.id, entry]));
  // The articles loader applied the publish policy once and saved its decision, newest first.
  const articles = pick(manifest.published, entryBySlug, 'article').map((entry) => toArticle(entry, authorById));
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const topics: TopicGroup<Article>[] = manifest.topics.map(({ slug, name, articles: slugs }) => ({
    slug,
    name,
    articles: pick(slugs, bySlug, `topic ${slug}'s article`),
  }));
  for (const topic of topics) for (const article of topic.articles) article.topics.push({ name: topic.name, slug: topic.slug });
  // Topics in the order the article names them, as its kicker and links show them.
  for (const article of articles) article.topics.sort((a, b) => tagIndex(article, a) - tagIndex(article, b));
  const articlesByAuthor = new Map<string, Article[]>(authors.map((author) => [author.id, []]));
  // A story written together is listed on every co-author's page and feed.
  for (const article of articles) for (const author of article.authors) articlesByAuthor.get(author.id)?.push(article);
  const { siteData } = manifest;
  return {
    now,
    frame: frameOf(now, articles, bySlug, siteData),
    articles,
    bySlug,
    authors,
    articlesByAuthor,
    topics,
    related: relatedArticles(articles, manifest.related, bySlug),
    relatedTopics: relatedTopics(articles.map((article) => ({ tags: article.topics.map((topic) => topic.slug) }))),
    heldBack: manifest.heldBack,
    renamed: articles
      .flatMap((article) => article.aliases.map((alias) => ({ alias, article })))
      .sort((a, b) => compareText(a.alias, b.alias)),
  };
}

function frameOf(now: Date, articles: Article[], bySlug: ReadonlyMap<string, Article>, siteData: BuildManifest['siteData']): Frame {
  const cutoff = frameCutoff(now);
  const shown = publishedBefore(articles, cutoff);
  const counts = new Map<string, { topic: Topic; count: number }>();
  for (const article of shown) {
    for (const topic of article.topics) {
      const entry = counts.get(topic.slug) ?? { topic, count: 0 };
      entry.count++;
      counts.set(topic.slug, entry);
    }
  }
  const navTopics = [...counts.values()]
    .sort((a, b) => b.count - a.count || compareText(a.topic.slug, b.topic.slug))
    .slice(0, site.counts.navTopics)
    .map(({ topic }) => topic);
  // Pinned articles show at once: the desk changed trending.json, and every page follows it.
  const trending = selectTrending(siteData.trendingSlugs, bySlug, shown, site.counts.trending);
  const latest = shown.slice(0, site.counts.latest);
  const followUs = siteData.followUs;
  // The day, not the hour: pages show the date only, so an hour without news changes nothing.
  const day = toCalendarDate(cutoff, site.timeZone);
  const key = pageKey(day, navTopics, trending.map(digestOf), latest.map(digestOf), followUs);
  return { now: cutoff, navTopics, trending, latest, followUs, key };
}

/**
 * The entries of `slugs`, in order. In a build a slug without an entry means the manifest and
 * the content store disagree (a stale cache); the dev server may answer between the loader's
 * saving and storing, so there the entry is left out until the next request.
 */
function pick<T>(slugs: readonly string[], bySlug: ReadonlyMap<string, T>, what: string): T[] {
  const found: T[] = [];
  for (const slug of slugs) {
    const entry = bySlug.get(slug);
    if (entry !== undefined) found.push(entry);
    else if (!import.meta.env.DEV) throw new Error(`The build manifest names ${what} "${slug}" that the content store lacks: the content was not synced in this build`);
  }
  return found;
}

function tagIndex(article: Article, topic: Topic): number {
  return article.tags.findIndex((name) => topicSlug(name) === topic.slug);
}

function toAuthor(entry: CollectionEntry<'authors'>): Author {
  return {
    id: entry.id,
    name: entry.data.name,
    url: entry.data.url,
    avatar: entry.data.avatar,
    social: entry.data.social,
    bioHtml: entry.rendered?.html ?? '',
    bioText: firstParagraphText(entry.rendered?.html ?? ''),
  };
}

function toArticle(entry: CollectionEntry<'articles'>, authorById: Map<string, Author>): Article {
  const { data } = entry;
  const file = entry.filePath ?? entry.id;
  const authors = authorIds(data.author).map((id) => {
    const author = authorById.get(id);
    // The loader has already rejected unknown authors; this guards against a stale content cache.
    if (!author) throw new ContentValidationError([{ file, field: 'author', message: `unknown author "${id}"` }]);
    return author;
  });
  const dateline = parseDateline(data.dateline, site.timeZone);
  const updated = data.updated === undefined ? undefined : parseDateline(data.updated, site.timeZone);
  const corrections = parseCorrections(data.corrections, site.timeZone);
  const lang = data.lang ?? site.lang;
  return {
    slug: entry.id,
    file,
    title: data.title,
    published: dateline.instant,
    dateline,
    updated,
    city: data.city,
    temperature: data.temperature,
    authors,
    tags: data.tags,
    topics: [],
    // The loader fills a missing summary from the first paragraph.
    summary: data.summary ?? '',
    image: data.image,
    imageAlt: data.imageAlt,
    imageCaption: data.imageCaption,
    imageCredit: data.imageCredit,
    corrections,
    modified: lastChange(dateline.instant, updated, corrections),
    readingMinutes: data.readingMinutes ?? 1,
    draft: data.draft,
    lang,
    dir: textDirection(lang),
    bodyDigest: String(entry.digest ?? ''),
    bodyPictures: (data.bodyPictures ?? []).map(({ src, alt, caption, figure }) => ({ image: src, alt, caption, figure })),
    aliases: data.aliases ?? [],
  };
}

/** Related News for every published article, as the articles loader computed it for the whole site. */
function relatedArticles(
  articles: readonly Article[],
  list: BuildManifest['related'],
  bySlug: ReadonlyMap<string, Article>,
): Map<string, Article[]> {
  const related = new Map(list.map(([slug, slugs]) => [slug, slugs.flatMap((other) => bySlug.get(other) ?? [])]));
  // Both sides apply one publish policy to the same files; in a build a difference means a
  // stale record. The dev server may answer between the loader's saving and storing, so a page
  // there goes without the list until the next request.
  const missing = articles.find((article) => !related.has(article.slug));
  if (missing && !import.meta.env.DEV) {
    throw new Error(`Related News has no list for ${missing.file}: the content was not synced in this build`);
  }
  return related;
}

/** The article's sanitized body HTML with the "City (TDI):" lead, read from the HTML cache, with a token where each body picture goes. */
function bodyHtml(article: Article): string {
  return addDatelineLead(readCachedHtml(article.bodyDigest), article.city, site.agency);
}

/**
 * The article's body for its page: pieces of sanitized HTML (with the "City (TDI):" lead), and
 * between them the pictures the page renders itself.
 */
export function getArticleBody(article: Article): (string | BodyPicture)[] {
  return splitAtBodyPictures(bodyHtml(article)).map((piece) => (typeof piece === 'number' ? bodyPicture(article, piece) : piece));
}

/** The article's body as one HTML string, each picture drawn by `markup`: for feeds. */
export function getArticleHtml(article: Article, markup: (picture: BodyPicture) => string): string {
  return replaceBodyPictures(bodyHtml(article), (index) => markup(bodyPicture(article, index)));
}

function bodyPicture(article: Article, index: number): BodyPicture {
  const picture = article.bodyPictures[index];
  // The loader stores the pictures with the HTML that names them; a gap means a stale cache.
  if (!picture) throw new Error(`${article.file}: the cached body names picture ${index}, which the content store lacks; delete the cache folder and build again`);
  return picture;
}
