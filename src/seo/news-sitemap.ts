import { buildXml } from '../feeds/xml.ts';

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
  const urlset = {
    '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
    '@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
    url: recent.map((entry) => ({
      loc: entry.url,
      'news:news': {
        'news:publication': { 'news:name': publicationName, 'news:language': newsLanguage(entry.lang) },
        'news:publication_date': entry.published,
        'news:title': entry.title,
      },
    })),
  };
  return `${buildXml({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } })}\n${buildXml({ urlset })}\n`;
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
