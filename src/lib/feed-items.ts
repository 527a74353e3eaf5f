import type { Routes } from './urls.ts';
import { absoluteUrl } from './urls.ts';

/** What a feed needs of an article. */
export interface FeedSource {
  slug: string;
  title: string;
  summary: string;
  published: Date;
  authorName: string;
  topicNames: readonly string[];
}

/** An RSS item in the shape `@astrojs/rss` takes. */
export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  customData: string;
}

/**
 * Maps articles (newest first) to RSS items with absolute links. The author goes out as
 * `dc:creator`, escaped here because `customData` is inserted as XML.
 */
export function toRssItems(articles: readonly FeedSource[], routes: Routes, siteUrl: string): RssItem[] {
  return articles.map((article) => ({
    title: article.title,
    link: absoluteUrl(siteUrl, routes.article(article.slug)),
    pubDate: article.published,
    description: article.summary,
    categories: [...article.topicNames],
    customData: `<dc:creator>${escapeXml(article.authorName)}</dc:creator>`,
  }));
}

/** Escapes text for XML element content. */
export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
