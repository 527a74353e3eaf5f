import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { shareCardsFor, type ShareCardEntry } from '../lib/social-card/share-cards.ts';
import type { DatedSource } from '../lib/published-sources.ts';
import { CACHE_DIR } from './html-cache.ts';

/**
 * The share cards of the current build, beside Astro's cache: the articles loader, which has
 * checked every file and applied the publish policy, saves the list; the share-cards
 * integration draws and writes them after the pages. Cards are files, not pages: through
 * Astro's page pipeline 10,000 of them cost about 20 s even when drawn before.
 */
const LIST_PATH = join(CACHE_DIR, 'newsroom-share-cards.json');

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
  await mkdir(dirname(LIST_PATH), { recursive: true });
  await writeFile(LIST_PATH, `${JSON.stringify(cards)}\n`);
}

/**
 * The cards the articles loader saved in this build.
 * @throws Error when there are none: the content was not synced.
 */
export async function readShareCardList(): Promise<ShareCardEntry[]> {
  try {
    return JSON.parse(await readFile(LIST_PATH, 'utf8')) as ShareCardEntry[];
  } catch (error) {
    throw new Error(`No share cards saved by the articles loader at ${LIST_PATH}`, { cause: error });
  }
}
