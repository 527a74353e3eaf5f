import { getImage } from 'astro:assets';
import type { FeedImage } from '../lib/feed-items.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { site } from '../site.config.ts';
import type { Article } from './newsroom.ts';

/** Google Discover and social cards want images at least this wide. */
const SHARE_WIDTH = 1200;

const renditions = new Map<string, Promise<FeedImage | undefined>>();

/**
 * The article's lead image as a JPEG of up to 1200 px wide, with an absolute URL: for feeds,
 * Open Graph and structured data. Encoded once per article per build.
 */
export function getShareImage(article: Article): Promise<FeedImage | undefined> {
  let rendition = renditions.get(article.slug);
  if (!rendition) {
    rendition = renderShareImage(article);
    renditions.set(article.slug, rendition);
  }
  return rendition;
}

async function renderShareImage(article: Article): Promise<FeedImage | undefined> {
  if (!article.image) return undefined;
  const width = Math.min(SHARE_WIDTH, article.image.width);
  const image = await getImage({ src: article.image, width, format: 'jpeg', quality: 80 });
  return {
    url: absoluteUrl(site.url, image.src),
    type: 'image/jpeg',
    width: Number(image.attributes['width'] ?? width),
    height: Number(image.attributes['height'] ?? Math.round((width * article.image.height) / article.image.width)),
  };
}
