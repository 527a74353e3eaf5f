import { decodeHTMLAttribute, escapeAttribute, escapeText } from 'entities';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { buildXml } from './xml.ts';

/** An article as every feed format needs it; all URLs absolute. */
export interface FeedArticle {
  url: string;
  title: string;
  summary: string;
  /** ISO 8601 with the site zone's offset. */
  publishedIso: string;
  /** RFC 822 with the site zone's offset, for RSS. */
  publishedRfc822: string;
  /** The last change (update or correction), when there was one. */
  updatedIso: string | undefined;
  /** The authors in byline order. */
  authors: readonly { name: string; url: string }[];
  categories: readonly string[];
  /** Sanitized body with absolute links. */
  contentHtml: string;
  lang: string;
  image: FeedImage | undefined;
}

export interface FeedImage {
  url: string;
  type: string;
  width: number;
  height: number;
  /** What the photo shows (`media:description`). */
  caption?: string | undefined;
  /** Who made the photo (`media:credit`). */
  credit?: string | undefined;
}

/** A body picture as feeds carry it: one JPEG, absolute URL. */
export interface FeedPicture {
  url: string;
  width: number;
  height: number;
  alt: string;
  caption: string | undefined;
  /** Stands where a paragraph was: a `<figure>`, with the caption. */
  figure: boolean;
}

/**
 * A body picture's HTML in feed content: a plain `<img>` of one JPEG, as feed readers show no
 * `<picture>` or `srcset` reliably, in a `<figure>` with its caption where the page has one.
 */
export function feedPictureHtml(picture: FeedPicture): string {
  const attributes = { src: picture.url, alt: picture.alt, width: picture.width, height: picture.height };
  if (!picture.figure) return toHtml(h('img', { ...attributes, title: picture.caption }));
  return toHtml(h('figure', [h('img', attributes), picture.caption === undefined ? [] : h('figcaption', picture.caption)]));
}

/** A feed's own description; all URLs absolute. */
export interface FeedChannel {
  title: string;
  description: string;
  siteUrl: string;
  rssUrl: string;
  jsonFeedUrl: string;
  lang: string;
  /** Small channel image for RSS (at most 144 px wide). */
  logoUrl: string;
  /** Square 512 px icon for JSON Feed readers. */
  iconUrl: string;
}

/**
 * An RSS item in the shape `@astrojs/rss` takes. `pubDate` travels in `customData`, because the
 * library would write it in GMT, moving a date-only dateline to the day before.
 */
export interface RssItem {
  title: string;
  link: string;
  description: string;
  content: string;
  categories: string[];
  customData: string;
}

/** Google News: a feed may be at most 2 MB and an item at most 1 MB. */
export const FEED_LIMITS = { feedBytes: 2 * 1024 * 1024, itemBytes: 1024 * 1024 } as const;

/**
 * RSS items: the canonical URL is link and guid (stable across edits), the full body goes in
 * `content:encoded`, each author in a `dc:creator`, the lead image in `media:content` with its
 * caption (`media:description`) and credit (`media:credit`).
 * `customData` is parsed as XML by `@astrojs/rss`, so it is written by the XML builder.
 */
export function toRssItems(articles: readonly FeedArticle[]): RssItem[] {
  return articles.map((article) => ({
    title: article.title,
    link: article.url,
    description: article.summary,
    content: article.contentHtml,
    categories: [...article.categories],
    customData: buildXml({
      pubDate: article.publishedRfc822,
      'dc:creator': article.authors.map((author) => author.name),
      ...(article.image ? { 'media:content': mediaContent(article.image) } : {}),
    }),
  }));
}

function mediaContent(image: FeedImage): Record<string, unknown> {
  return {
    '@_url': image.url,
    '@_type': image.type,
    '@_medium': 'image',
    '@_width': image.width,
    '@_height': image.height,
    ...(image.caption ? { 'media:description': { '@_type': 'plain', '#text': image.caption } } : {}),
    ...(image.credit ? { 'media:credit': { '@_role': 'photographer', '#text': image.credit } } : {}),
  };
}

/**
 * Channel text (title, description) as the feed carries it: escaped as HTML text before the XML
 * escapes it again, because some readers show channel text as HTML. A topic named
 * `<img onerror=…>` then reaches them as the literal text, never as an element.
 */
export function channelText(text: string): string {
  return escapeText(text);
}

/**
 * Channel elements beyond title, link and description. `lastBuildDate` is the newest item's
 * date, not the wall clock, so unchanged content gives a byte-identical feed.
 */
export function rssChannelData(channel: FeedChannel, articles: readonly FeedArticle[]): string {
  const newest = articles[0];
  return buildXml({
    language: channel.lang,
    'atom:link': { '@_href': channel.rssUrl, '@_rel': 'self', '@_type': 'application/rss+xml' },
    ...(newest ? { lastBuildDate: newest.publishedRfc822 } : {}),
    image: { url: channel.logoUrl, title: channelText(channel.title), link: channel.siteUrl },
  });
}

/** Namespaces the RSS items use. */
export const RSS_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
} as const;

/** A JSON Feed 1.1 document with the same items as the RSS feed. */
export function toJsonFeed(channel: FeedChannel, articles: readonly FeedArticle[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.siteUrl,
    feed_url: channel.jsonFeedUrl,
    description: channel.description,
    icon: channel.iconUrl,
    favicon: channel.logoUrl,
    language: channel.lang,
    items: articles.map((article) => ({
      id: article.url,
      url: article.url,
      title: article.title,
      summary: article.summary,
      content_html: article.contentHtml,
      date_published: article.publishedIso,
      ...(article.updatedIso ? { date_modified: article.updatedIso } : {}),
      authors: article.authors.map((author) => ({ name: author.name, url: author.url })),
      tags: [...article.categories],
      language: article.lang,
      ...(article.image ? { image: article.image.url } : {}),
    })),
  };
}

/**
 * Keeps a feed inside Google News' limits: an item whose body alone passes the item limit
 * goes out with its summary only, and the oldest items are dropped while the feed is too big.
 * `overhead` is the size of everything but the items' bodies.
 */
export function fitFeedLimits(articles: readonly FeedArticle[], overhead = 64 * 1024): FeedArticle[] {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  // Escaping can double a body's size in XML; budget for it.
  const cost = (article: FeedArticle) => 2 * bytes(article.contentHtml) + bytes(article.summary) + 1024;
  const fitted: FeedArticle[] = [];
  let total = overhead;
  for (const article of articles) {
    const item = cost(article) > FEED_LIMITS.itemBytes ? { ...article, contentHtml: `<p>${escapeText(article.summary)}</p>` } : article;
    total += cost(item);
    if (total > FEED_LIMITS.feedBytes) break;
    fitted.push(item);
  }
  return fitted;
}

/**
 * Makes every `href` and `src` in rendered HTML absolute against `pageUrl`, as feed readers
 * show the body away from the site. Works on the serializer's output, where text never holds
 * a raw `<`, so only real tags are touched; attribute values are decoded before resolving.
 */
export function absolutizeUrls(html: string, pageUrl: string): string {
  // Kept as regular expressions: it runs on the body of nearly every article of a large site's
  // feeds, where a parse and serialization took many times longer (docs/performance.md,
  // "Hand-written helpers kept").
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag.replace(/(\s(?:href|src)=)"([^"]*)"/g, (attribute, name: string, value: string) => {
      try {
        return `${name}"${escapeAttribute(new URL(decodeHTMLAttribute(value), pageUrl).href)}"`;
      } catch {
        return attribute;
      }
    }),
  );
}
