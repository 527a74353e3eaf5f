import { CARD_HEIGHT, CARD_WIDTH } from '../lib/social-card/card-svg.ts';
import type { FeedImage } from '../lib/feed-items.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { routes } from '../site/routes.ts';
import { site } from '../site.config.ts';
import type { Article } from './newsroom.ts';

/**
 * The drawn 1200×630 card an article without a lead image shares, with an absolute URL, for
 * Open Graph and structured data. The build writes the file after the pages
 * (src/integrations/share-cards.ts), for the same articles: published, without `image`.
 */
export function socialCardImage(article: Article): FeedImage {
  return {
    url: absoluteUrl(site.url, routes.articleCard(article.slug)),
    type: 'image/png',
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  };
}
