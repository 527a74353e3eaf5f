import { escapeXml } from '../feeds/xml.ts';

/** Google News keeps articles in a news sitemap for two days after publication. */
export const NEWS_SITEMAP_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export interface NewsSitemapEntry {
  url: string;
  title: string;
  lang: string;
  /** ISO 8601 with offset. */
  published: string;
  publishedAt: Date;
}

/**
 * A Google News sitemap of the entries published in the two days up to `now`. An empty
 * `<urlset>` is valid and is what a quiet news day gives.
 */
export function toNewsSitemap(entries: readonly NewsSitemapEntry[], publicationName: string, now: Date): string {
  const since = now.getTime() - NEWS_SITEMAP_WINDOW_MS;
  const recent = entries.filter(
    (entry) => entry.publishedAt.getTime() > since && entry.publishedAt.getTime() <= now.getTime(),
  );
  const urls = recent.map(
    (entry) =>
      `<url><loc>${escapeXml(entry.url)}</loc><news:news><news:publication>` +
      `<news:name>${escapeXml(publicationName)}</news:name>` +
      `<news:language>${escapeXml(newsLanguage(entry.lang))}</news:language></news:publication>` +
      `<news:publication_date>${escapeXml(entry.published)}</news:publication_date>` +
      `<news:title>${escapeXml(entry.title)}</news:title></news:news></url>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ' +
    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' +
    urls.join('') +
    '</urlset>\n'
  );
}

/**
 * The language code Google News expects: ISO 639 (`en`, `ur`), except Chinese, which keeps its
 * script or region (`zh-cn`, `zh-tw`).
 */
export function newsLanguage(lang: string): string {
  const [language = '', region = ''] = lang.toLowerCase().split('-');
  // Google News names Chinese by script: Traditional (Taiwan, Hong Kong, Macau) or Simplified.
  if (language === 'zh') return ['tw', 'hant', 'hk', 'mo'].includes(region) ? 'zh-tw' : 'zh-cn';
  return language;
}
