import { textDirection } from '../newsroom/text-direction.ts';
import { topicSlug } from '../newsroom/topics.ts';
import type { SocialCard } from './card-svg.ts';

/** What decides an article's card: the published article as its frontmatter has it. */
export interface ShareCardSource {
  slug: string;
  title: string;
  tags: readonly string[];
  /** BCP 47; the site's language when the article names none. */
  lang: string;
  hasLeadImage: boolean;
}

/** An article's card and the slug of the page it belongs to. */
export interface ShareCardEntry {
  slug: string;
  card: SocialCard;
}

/**
 * The cards of the published articles that have no lead image to share. The topic is the
 * article's first, spelled as its page's kicker spells it: `topicNames` (topic slug → name)
 * comes from the one grouping of the published articles the pages use too.
 */
export function shareCardsFor(
  published: readonly ShareCardSource[],
  topicNames: ReadonlyMap<string, string>,
  site: { name: string; url: string },
): ShareCardEntry[] {
  const siteHost = new URL(site.url).host;
  return published
    .filter((article) => !article.hasLeadImage)
    .map((article) => {
      const firstTag = article.tags.find((tag) => topicSlug(tag) !== '');
      return {
        slug: article.slug,
        card: {
          headline: article.title,
          topic: firstTag === undefined ? undefined : topicNames.get(topicSlug(firstTag)),
          siteName: site.name,
          siteHost,
          lang: article.lang,
          dir: textDirection(article.lang),
        },
      };
    });
}
