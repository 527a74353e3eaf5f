import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { FeedImage } from '../feeds/items.ts';
import { FALLBACK_FORMAT, leadImageWidth } from '../ui/responsive-images.ts';
import { absoluteUrl } from '../config/urls.ts';
import { site } from '../config/site.ts';
import type { Article } from '../newsroom/newsroom.ts';
import { socialCardImage } from '../share-cards/card-image.ts';

const renditions = new Map<string, Promise<FeedImage | undefined>>();

/**
 * The article's lead image as a JPEG of up to 1200 px wide, with an absolute URL: for feeds,
 * Open Graph and structured data. Undefined without a lead image. Encoded once per article
 * per build, and the same file as the page's 1200 px JPEG rendition.
 */
export function getShareImage(article: Article): Promise<FeedImage | undefined> {
  let rendition = renditions.get(article.slug);
  if (!rendition) {
    rendition = renderShareImage(article);
    renditions.set(article.slug, rendition);
  }
  return rendition;
}

/**
 * What a page shares: the lead image when there is one, otherwise the article's drawn
 * 1200×630 card. Feeds carry only real lead images ({@link getShareImage}).
 */
export async function getPageShareImage(article: Article): Promise<FeedImage> {
  return (await getShareImage(article)) ?? socialCardImage(article);
}

async function renderShareImage(article: Article): Promise<FeedImage | undefined> {
  return article.image && getShareRendition(article.image);
}

/**
 * A picture as a JPEG of up to 1200 px wide, with an absolute URL: the file the page's
 * `<picture>` offers as its 1200 px (or original-width) JPEG, for feeds and link previews. The
 * lead image's share image, and each body picture in feeds.
 */
export async function getShareRendition(source: ImageMetadata): Promise<FeedImage> {
  const width = leadImageWidth(source.width);
  // Width and height as the <picture>'s srcset asks for them: same options, same file.
  const height = Math.round((width * source.height) / source.width);
  const image = await getImage({ src: source, width, height, format: FALLBACK_FORMAT });
  return {
    url: absoluteUrl(site.url, image.src),
    type: 'image/jpeg',
    width: Number(image.attributes['width'] ?? width),
    height: Number(image.attributes['height'] ?? height),
  };
}
