import type { SearchPage } from './search.ts';
import type { DatedSource } from '../newsroom/published-sources.ts';
import { readBuildRecord, writeBuildRecord } from '../content/manifest.ts';

/**
 * The article pages of the current build that search indexes: the articles loader saves the
 * list, the search step (`scripts/index-search.ts`) reads it after `astro build`.
 */
const RECORD = 'newsroom-search-pages.json';

/** Saves the published articles with their language and publication instant (called on every sync). */
export async function saveSearchPageList(published: readonly DatedSource[], siteLang: string): Promise<void> {
  const pages: SearchPage[] = published.map(({ slug, published: instant, source: { data } }) => ({
    slug,
    lang: data.lang ?? siteLang,
    published: instant.toISOString(),
  }));
  await writeBuildRecord(RECORD, pages);
}

/** The pages the articles loader saved in this build. */
export function readSearchPageList(): Promise<SearchPage[]> {
  return readBuildRecord<SearchPage[]>(RECORD);
}
