import { CARD_HEIGHT, CARD_WIDTH } from './card-svg.ts';
import type { FeedImage } from '../feeds/items.ts';
import { absoluteUrl } from '../config/urls.ts';
import { routes } from '../config/routes.ts';
import { site } from '../config/site.ts';
import type { Article } from '../newsroom/newsroom.ts';

/**
 * The drawn 1200×630 card an article without a lead image shares, with an absolute URL, for
 * Open Graph and structured data. The build writes the file after the pages
 * (src/share-cards/integration.ts), for the same articles: published, without `image`.
 */
export function socialCardImage(article: Article): FeedImage {
  return {
    url: absoluteUrl(site.url, routes.articleCard(article.slug)),
    type: 'image/png',
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  };
}
