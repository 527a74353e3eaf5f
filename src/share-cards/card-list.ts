import { shareCardsFor, type ShareCardEntry } from './share-cards.ts';
import type { DatedSource } from '../newsroom/published-sources.ts';
import { readBuildRecord, writeBuildRecord } from '../content/manifest.ts';

/**
 * The share cards of the current build: the articles loader saves the list, the share-cards
 * integration draws and writes them after the pages. Cards are files, not pages: through
 * Astro's page pipeline 10,000 of them cost about 20 s even when drawn before.
 */
const RECORD = 'newsroom-share-cards.json';

/** Saves the cards of the published articles without a lead image (called on every sync). */
export async function saveShareCardList(
  published: readonly DatedSource[],
  site: { name: string; url: string; lang: string },
): Promise<void> {
  const cards = shareCardsFor(
    published.map(({ slug, source: { data } }) => ({
      slug,
      title: data.title,
      tags: data.tags,
      lang: data.lang ?? site.lang,
      hasLeadImage: data.image !== undefined,
    })),
    site,
  );
  await writeBuildRecord(RECORD, cards);
}

/** The cards the articles loader saved in this build. */
export function readShareCardList(): Promise<ShareCardEntry[]> {
  return readBuildRecord<ShareCardEntry[]>(RECORD);
}
