/** Sizes of a build's output. */
export interface OutputMetrics {
  /** `index.html` files written: one per page. */
  pages: number;
  bytes: number;
  articleAvgBytes: number;
  articleMaxBytes: number;
  /** Stylesheets Astro bundled into `_astro/`. */
  cssBytes: number;
  /** JavaScript files outside `search/` (pages are meant to load none). */
  jsBytes: number;
  jsFiles: string[];
}

/** Measures an output folder given its files (relative path → bytes) and the published slugs. */
export function measureOutput(files: ReadonlyMap<string, number>, published: readonly string[]): OutputMetrics {
  let pages = 0;
  let bytes = 0;
  let cssBytes = 0;
  let jsBytes = 0;
  const jsFiles: string[] = [];
  for (const [path, size] of files) {
    bytes += size;
    if (path === 'index.html' || path.endsWith('/index.html')) pages++;
    if (/^_astro\/[^/]+\.css$/.test(path)) cssBytes += size;
    // Readers' pages load no script; search and the newsroom's editor at admin/ have their own.
    if (/\.m?js$/.test(path) && !/(^|\/)(search|admin)\//.test(path)) {
      jsBytes += size;
      jsFiles.push(path);
    }
  }
  let articleTotal = 0;
  let articleCount = 0;
  let articleMaxBytes = 0;
  for (const slug of published) {
    const size = files.get(`news/${slug}/index.html`);
    if (size === undefined) continue;
    articleTotal += size;
    articleCount++;
    articleMaxBytes = Math.max(articleMaxBytes, size);
  }
  return {
    pages,
    bytes,
    articleAvgBytes: articleCount === 0 ? 0 : articleTotal / articleCount,
    articleMaxBytes,
    cssBytes,
    jsBytes,
    jsFiles,
  };
}
