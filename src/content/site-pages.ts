import { frozenPageCount } from '../newsroom/list-pages.ts';
import type { Routes } from '../config/urls.ts';

/** What the site publishes, as needed to tell whether an internal link has a page. */
export interface PublishedSite {
  articleSlugs: readonly string[];
  /** Article count per author id (every author has a page, even with none). */
  articlesPerAuthor: ReadonlyMap<string, number>;
  /** Article count per topic slug. */
  articlesPerTopic: ReadonlyMap<string, number>;
  pageSizes: { archive: number; author: number; tag: number };
  /** Other fixed pages and files (feeds, sitemaps, public files), as site paths. */
  extraPaths: readonly string[];
}

/** Every page path the site builds, for link checking. */
export function listSitePaths(site: PublishedSite, routes: Routes): Set<string> {
  // Stored decoded, as resolveSitePath gives them, so non-Latin slugs compare equal.
  const paths = new Set<string>();
  const add = (path: string) => paths.add(decodeURI(path));
  [routes.home(), routes.topicIndex(), routes.rss(), routes.jsonFeed(), ...site.extraPaths].forEach(add);
  // Each list has its head and its full pages, numbered from the oldest (src/newsroom/list-pages.ts).
  add(routes.archive());
  for (let page = 1; page <= frozenPageCount(site.articleSlugs.length, site.pageSizes.archive); page++) add(routes.archive(page));
  for (const slug of site.articleSlugs) add(routes.article(slug));
  for (const [id, count] of site.articlesPerAuthor) {
    add(routes.authorRss(id));
    add(routes.author(id));
    for (let page = 1; page <= frozenPageCount(count, site.pageSizes.author); page++) add(routes.author(id, page));
  }
  for (const [slug, count] of site.articlesPerTopic) {
    add(routes.topicRss(slug));
    add(routes.topic(slug));
    for (let page = 1; page <= frozenPageCount(count, site.pageSizes.tag); page++) add(routes.topic(slug, page));
  }
  return paths;
}

/**
 * The site path an internal link points to, resolved against the page it is on, without query
 * or fragment; `/news` gets its trailing slash, as the host redirects it. Undefined when the
 * link cannot be parsed.
 */
export function resolveSitePath(url: string, fromPath: string): string | undefined {
  try {
    const resolved = new URL(url, `https://site.invalid${fromPath}`);
    const path = resolved.pathname;
    const withSlash = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
    return decodeURI(withSlash);
  } catch {
    return undefined;
  }
}
