import { listingPages, type ExpectedSite } from './expected.ts';

/** What was observed of a finished build. */
export interface OutputFacts {
  /** Every output file: path relative to the output folder, with `/` separators, to its size in bytes. */
  files: ReadonlyMap<string, number>;
  /** N of the build's "Published N articles." line; undefined when it printed none. */
  publishedReported: number | undefined;
  /** `<item>` elements in `rss.xml`; undefined when the file is missing. */
  rssItems: number | undefined;
  /** Items of `feed.json`; undefined when it is missing or not JSON. */
  jsonFeedItems: number | undefined;
  /** N of the search step's "Search index: N pages" line; undefined when it printed none. */
  searchIndexed: number | undefined;
}

/** One completeness check and what it found. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** Files every build writes besides the listings. */
export const REQUIRED_FILES = [
  'index.html',
  '404.html',
  'tag/index.html',
  'rss.xml',
  'feed.json',
  'sitemap-index.xml',
  'news-sitemap.xml',
  'robots.txt',
] as const;

/**
 * Checks a build's output against the expected site, so a fast but incomplete build cannot
 * pass: the published count it reports, every page that must exist (and none for drafts), the
 * exact number of article, author, topic and archive pages, the per-author and per-topic feeds,
 * the site feeds, and a search index of every published article.
 */
export function checkSite(expected: ExpectedSite, facts: OutputFacts): Check[] {
  const { files } = facts;
  const has = (path: string) => files.has(path);
  const authorPages = expected.authors.flatMap(listingPages);
  const topicPages = expected.topics.flatMap(listingPages);
  const archivePages = listingPages({ folder: 'news', pages: expected.archivePages }).map((path, index) =>
    index === 0 ? path : path.replace(/^news\//, 'news/page/'),
  );
  const count = (pattern: RegExp) => {
    let n = 0;
    for (const path of files.keys()) if (pattern.test(path)) n++;
    return n;
  };
  return [
    {
      name: 'published count',
      ok: facts.publishedReported === expected.published.length,
      detail: `build printed ${facts.publishedReported ?? 'no'} "Published N articles.", expected ${expected.published.length}`,
    },
    present(
      'article pages',
      expected.published.map((slug) => `news/${slug}/index.html`),
      has,
    ),
    exactCount('article pages, no extras', count(/^news\/(?!page\/)[^/]+\/index\.html$/), expected.published.length),
    absent(
      'draft pages',
      expected.drafts.map((slug) => `news/${slug}/index.html`),
      has,
    ),
    present('author pages', authorPages, has),
    exactCount('author pages, no extras', count(/^author\/[^/]+\/(?:\d+\/)?index\.html$/), authorPages.length),
    present(
      'author feeds',
      expected.authors.map((listing) => `${listing.folder}/rss.xml`),
      has,
    ),
    present('topic pages', topicPages, has),
    exactCount('topic pages, no extras', count(/^tag\/[^/]+\/(?:\d+\/)?index\.html$/), topicPages.length),
    present(
      'topic feeds',
      expected.topics.map((listing) => `${listing.folder}/rss.xml`),
      has,
    ),
    present('archive pages', archivePages, has),
    exactCount(
      'archive pages, no extras',
      count(/^news\/(?:index\.html|page\/[^/]+\/index\.html)$/),
      archivePages.length,
    ),
    present('site files', [...REQUIRED_FILES], has),
    feedCheck('rss.xml items', facts.rssItems, expected.feedItems),
    feedCheck('feed.json items', facts.jsonFeedItems, expected.feedItems),
    {
      name: 'search index',
      ok: facts.searchIndexed === expected.published.length,
      detail: `${facts.searchIndexed ?? 'no'} pages indexed, expected ${expected.published.length}`,
    },
  ];
}

/** The number in the last "Published N articles." line of build output. */
export function parsePublishedCount(output: string): number | undefined {
  const matches = [...output.matchAll(/Published (\d+) articles?\./g)];
  const last = matches.at(-1);
  return last ? Number(last[1]) : undefined;
}

/** The number in the last "Search index: N pages" line of build output. */
export function parseSearchIndexCount(output: string): number | undefined {
  const last = [...output.matchAll(/Search index: (\d+) pages?/g)].at(-1);
  return last ? Number(last[1]) : undefined;
}

function present(name: string, paths: readonly string[], has: (path: string) => boolean): Check {
  const missing = paths.filter((path) => !has(path));
  return {
    name,
    ok: missing.length === 0,
    detail: `${paths.length - missing.length} of ${paths.length} present${listSome('missing', missing)}`,
  };
}

function absent(name: string, paths: readonly string[], has: (path: string) => boolean): Check {
  const found = paths.filter(has);
  return {
    name,
    ok: found.length === 0,
    detail: `${paths.length} held back, ${found.length} written${listSome('', found)}`,
  };
}

function exactCount(name: string, actual: number, expected: number): Check {
  return { name, ok: actual === expected, detail: `${actual} written, expected ${expected}` };
}

// The site trims feeds that would exceed the readers' size limits, so fewer items can be right.
function feedCheck(name: string, items: number | undefined, expected: number): Check {
  const ok = items !== undefined && items <= expected && (items > 0 || expected === 0);
  return { name, ok, detail: `${items ?? 'unreadable:'} items, expected 1–${expected}` };
}

function listSome(label: string, paths: readonly string[]): string {
  if (paths.length === 0) return '';
  const shown = paths.slice(0, 5).join(', ');
  return `; ${label ? `${label}: ` : ''}${shown}${paths.length > 5 ? ` and ${paths.length - 5} more` : ''}`;
}
