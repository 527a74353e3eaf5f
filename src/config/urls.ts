/**
 * Every route of the site, built in one place: page params, links, feeds and sitemaps call
 * these so a URL scheme change is one edit. Paths start and end with `/` and include `base`.
 */
export interface Routes {
  home(): string;
  article(slug: string): string;
  /** The drawn share card of an article without a lead image, beside its page. */
  articleCard(slug: string): string;
  /**
   * Archive of all articles: without a page, its head `/news/` (the newest); page `n`
   * `/news/page/<n>/`, numbered from the oldest (src/newsroom/list-pages.ts).
   */
  archive(page?: number): string;
  /** An author's head page, or numbered page `n` (from the oldest). */
  author(id: string, page?: number): string;
  /** A topic's head page, or numbered page `n` (from the oldest). */
  topic(slug: string, page?: number): string;
  topicIndex(): string;
  /** The search page, the one page that loads JavaScript. */
  search(): string;
  /** The folder of the search index and Pagefind's scripts, written after the build. */
  searchBundle(): string;
  rss(): string;
  authorRss(id: string): string;
  topicRss(slug: string): string;
  jsonFeed(): string;
  sitemapIndex(): string;
  newsSitemap(): string;
  /** A file in `public/`, such as `logo-512.png`. */
  asset(file: string): string;
}

/**
 * Folder of the search index and Pagefind's scripts in the output (under `base` on the site).
 * Inside the search page's folder, so every script of the site lives under `search/`, where
 * the search page's Content-Security-Policy can apply to all of them.
 */
export const SEARCH_BUNDLE_DIR = 'search/pagefind';

/** Routes under `base` ("/" or "/news-site/"). */
export function createRoutes(base = '/'): Routes {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const join = (...segments: string[]) =>
    root + segments.map((segment) => encodeURIComponent(segment)).join('/') + (segments.length ? '/' : '');
  const paged = (page: number | undefined, ...segments: string[]) =>
    page === undefined ? join(...segments) : join(...segments, String(page));
  return {
    home: () => root,
    article: (slug) => join('news', slug),
    articleCard: (slug) => `${join('news', slug)}card.png`,
    archive: (page) => (page === undefined ? join('news') : join('news', 'page', String(page))),
    author: (id, page) => paged(page, 'author', id),
    topic: (slug, page) => paged(page, 'tag', slug),
    topicIndex: () => join('tag'),
    search: () => join('search'),
    searchBundle: () => join(...SEARCH_BUNDLE_DIR.split('/')),
    rss: () => `${root}rss.xml`,
    authorRss: (id) => `${join('author', id)}rss.xml`,
    topicRss: (slug) => `${join('tag', slug)}rss.xml`,
    jsonFeed: () => `${root}feed.json`,
    sitemapIndex: () => `${root}sitemap-index.xml`,
    newsSitemap: () => `${root}news-sitemap.xml`,
    asset: (file) => `${root}${file.replace(/^\/+/, '')}`,
  };
}

/**
 * The file a route from the root is written to, relative to the output folder (which is not
 * nested under the base path): a page's folder gets its `index.html`, and each segment is
 * decoded, as a static server decodes the request's path to find the file.
 */
export function outputFile(route: string): string {
  const segments = route.replace(/^\/+/, '').split('/').map(decodeURIComponent);
  if (segments.at(-1) === '') segments[segments.length - 1] = 'index.html';
  return segments.join('/');
}

/** An absolute URL of a site path, for feeds, canonical links and structured data. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, `${siteUrl.replace(/\/+$/, '')}/`).href;
}
