/**
 * How long browsers and CDNs may keep each kind of file. Three classes cover the whole output:
 * files whose name carries a content hash never change, pages and feeds change with every new
 * article, and the few public files with fixed names (logos, icons) change rarely.
 */
export const CACHE_CONTROL = {
  /** Astro's `/_astro/` files: the name changes whenever the content does. */
  immutable: 'public, max-age=31536000, immutable',
  /**
   * HTML, feeds, sitemaps and the search index: fresh within five minutes of a publish, and a
   * CDN may answer from its copy for a day while it fetches the new one in the background.
   */
  document: 'public, max-age=300, stale-while-revalidate=86400',
  /** Other files from `public/` (logos, icons, pictures): a day. */
  file: 'public, max-age=86400',
} as const;

export type CacheClass = keyof typeof CACHE_CONTROL;

/** Folder of Astro's hashed build assets, under the base path. */
export const HASHED_ASSETS_DIR = '_astro';

/** Extensions of files that change with the content: pages, feeds, sitemaps, robots.txt. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['html', 'xml', 'json', 'txt'];

/**
 * The cache class of a file of the output, by its path relative to the base path (`news/x/`,
 * `_astro/frame.css`, `rss.xml`); a path ending in `/` is a page. (Everything in the search
 * page's folder, the search index included, is cached as a document by the search rule.)
 */
export function cacheClassOf(path: string): CacheClass {
  const relative = path.replace(/^\/+/, '');
  if (relative.startsWith(`${HASHED_ASSETS_DIR}/`)) return 'immutable';
  if (relative === '' || relative.endsWith('/')) return 'document';
  return DOCUMENT_EXTENSIONS.includes(extensionOf(relative)) ? 'document' : 'file';
}

/** Lower-case extension of a path's last segment, without the dot; '' when it has none. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
