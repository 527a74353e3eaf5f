import type { Routes } from '../config/urls.ts';

/**
 * How many pages `count` items fill at `size` a page, as Astro's `paginate()` numbers them: at
 * least one, so an author or topic with no published articles still has its page. Astro gives
 * no such count outside `getStaticPaths`, and this list is made before any page renders.
 */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}

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
  for (let page = 1; page <= pageCount(site.articleSlugs.length, site.pageSizes.archive); page++) add(routes.archive(page));
  for (const slug of site.articleSlugs) add(routes.article(slug));
  for (const [id, count] of site.articlesPerAuthor) {
    add(routes.authorRss(id));
    for (let page = 1; page <= pageCount(count, site.pageSizes.author); page++) add(routes.author(id, page));
  }
  for (const [slug, count] of site.articlesPerTopic) {
    add(routes.topicRss(slug));
    for (let page = 1; page <= pageCount(count, site.pageSizes.tag); page++) add(routes.topic(slug, page));
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
