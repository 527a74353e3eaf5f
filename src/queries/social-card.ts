import { cachedCardPng } from '../content-source/social-card-png.ts';
import { CARD_HEIGHT, CARD_WIDTH, socialCardSvg, type SocialCard } from '../lib/social-card/card-svg.ts';
import type { FeedImage } from '../lib/feed-items.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { routes } from '../site/routes.ts';
import { site } from '../site.config.ts';
import type { Article } from './newsroom.ts';

/** Whether the article gets a drawn card: only articles without a lead image to share. */
export function needsSocialCard(article: Article): boolean {
  return article.image === undefined;
}

/** What the card of an article shows. */
export function toSocialCard(article: Article): SocialCard {
  return {
    headline: article.title,
    topic: article.topics[0]?.name,
    siteName: site.name,
    siteHost: new URL(site.url).host,
    lang: article.lang,
    dir: article.dir,
  };
}

/** The card's PNG bytes, drawn once per distinct card and then read from the cache. */
export function getSocialCardPng(article: Article): Promise<Buffer> {
  return cachedCardPng(socialCardSvg(toSocialCard(article)));
}

/** The card as a share image with an absolute URL, for Open Graph and structured data. */
export function socialCardImage(article: Article): FeedImage {
  return {
    url: absoluteUrl(site.url, routes.articleCard(article.slug)),
    type: 'image/png',
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  };
}
