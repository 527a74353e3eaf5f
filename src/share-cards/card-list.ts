import { shareCardsFor, type ShareCardEntry } from './share-cards.ts';
import type { DatedSource } from '../newsroom/published-sources.ts';

/**
 * The share cards of the published articles without a lead image, for the build manifest: the
 * share-cards integration draws them and writes them after the pages. Cards are files, not
 * pages: Astro's page pipeline would cost a page's overhead for each.
 */
export function shareCardListOf(
  published: readonly DatedSource[],
  topicNames: ReadonlyMap<string, string>,
  site: { name: string; url: string; lang: string },
): ShareCardEntry[] {
  return shareCardsFor(
    published.map(({ slug, source: { data } }) => ({
      slug,
      title: data.title,
      tags: data.tags,
      lang: data.lang ?? site.lang,
      hasLeadImage: data.image !== undefined,
    })),
    topicNames,
    site,
  );
}
