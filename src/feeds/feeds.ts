import rss from '@astrojs/rss';
import { absoluteUrl } from '../config/urls.ts';
import { toIsoWithOffset, toRfc822 } from '../newsroom/dates.ts';
import {
  absolutizeUrls,
  channelText,
  fitFeedLimits,
  rssChannelData,
  RSS_NAMESPACES,
  toJsonFeed,
  toRssItems,
  feedPictureHtml,
  type FeedArticle,
  type FeedChannel,
  type FeedImage,
} from './items.ts';
import { routes } from '../config/routes.ts';
import { site } from '../config/site.ts';
import { getShareImage, getShareRendition } from '../seo/lead-image.ts';
import { getArticleHtml, type Article } from '../newsroom/newsroom.ts';

const feedArticles = new Map<string, Promise<FeedArticle>>();

/** An article mapped for feeds once per build, however many feeds it appears in. */
export function getFeedArticle(article: Article): Promise<FeedArticle> {
  let mapped = feedArticles.get(article.slug);
  if (!mapped) {
    mapped = toFeedArticle(article);
    feedArticles.set(article.slug, mapped);
  }
  return mapped;
}

/** A channel for the site, an author or a topic. */
export function feedChannel(options: {
  title: string;
  description: string;
  pagePath: string;
  rssPath: string;
}): FeedChannel {
  return {
    title: options.title,
    description: options.description,
    siteUrl: absoluteUrl(site.url, options.pagePath),
    rssUrl: absoluteUrl(site.url, options.rssPath),
    jsonFeedUrl: absoluteUrl(site.url, routes.jsonFeed()),
    lang: site.lang,
    logoUrl: absoluteUrl(site.url, routes.asset('feed-logo.png')),
    iconUrl: absoluteUrl(site.url, routes.asset('logo-512.png')),
  };
}

/** The channel of the whole site's feeds. */
export function siteFeedChannel(): FeedChannel {
  return feedChannel({ title: site.name, description: site.tagline, pagePath: routes.home(), rssPath: routes.rss() });
}

/** The latest articles of a list, mapped and kept within the feed size limits. */
export async function latestFeedArticles(articles: readonly Article[]): Promise<FeedArticle[]> {
  const latest = articles.slice(0, site.pageSizes.feed);
  return fitFeedLimits(await Promise.all(latest.map(getFeedArticle)));
}

/** An RSS 2.0 response for a channel. */
export async function rssResponse(channel: FeedChannel, articles: readonly Article[]): Promise<Response> {
  const items = await latestFeedArticles(articles);
  const xml = await rss({
    title: channelText(channel.title),
    description: channelText(channel.description),
    site: channel.siteUrl,
    xmlns: { ...RSS_NAMESPACES },
    customData: rssChannelData(channel, items),
    items: toRssItems(items),
  });
  return new Response(await xml.text(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

/** A JSON Feed 1.1 response for a channel. */
export async function jsonFeedResponse(channel: FeedChannel, articles: readonly Article[]): Promise<Response> {
  const feed = toJsonFeed(channel, await latestFeedArticles(articles));
  return new Response(JSON.stringify(feed, null, 1), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}

async function toFeedArticle(article: Article): Promise<FeedArticle> {
  const url = absoluteUrl(site.url, routes.article(article.slug));
  return {
    url,
    title: article.title,
    summary: article.summary,
    publishedIso: toIsoWithOffset(article.published, site.timeZone),
    publishedRfc822: toRfc822(article.published, site.timeZone),
    // A correction is an update for feed readers, as `updated` is.
    updatedIso: article.modified.getTime() > article.published.getTime() ? toIsoWithOffset(article.modified, site.timeZone) : undefined,
    authors: article.authors.map((author) => ({ name: author.name, url: absoluteUrl(site.url, routes.author(author.id)) })),
    categories: article.topics.map((topic) => topic.name),
    contentHtml: absolutizeUrls(await feedBodyHtml(article), url),
    lang: article.lang,
    image: await feedImage(article),
  };
}

/** The body with each picture beside the Markdown as one 1200 px (or narrower) JPEG, the page's own rendition. */
async function feedBodyHtml(article: Article): Promise<string> {
  const renditions = new Map(
    await Promise.all(article.bodyPictures.map(async (picture) => [picture, await getShareRendition(picture.image)] as const)),
  );
  return getArticleHtml(article, (picture) => {
    const rendition = renditions.get(picture);
    if (!rendition) throw new Error(`${article.file}: a body picture has no feed rendition`);
    return feedPictureHtml({ ...rendition, alt: picture.alt, caption: picture.caption, figure: picture.figure });
  });
}

/** The lead photo for feeds, with the caption and credit the page prints under it. */
async function feedImage(article: Article): Promise<FeedImage | undefined> {
  const image = await getShareImage(article);
  return image && { ...image, caption: article.imageCaption, credit: article.imageCredit };
}
