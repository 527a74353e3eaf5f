import type { SearchPage } from './search.ts';
import type { DatedSource } from '../newsroom/published-sources.ts';

/**
 * The article pages search indexes, with their language and publication instant, for the build
 * manifest: the search step (`scripts/index-search.ts`) runs after `astro build`.
 */
export function searchPagesOf(published: readonly DatedSource[], siteLang: string): SearchPage[] {
  return published.map(({ slug, published: instant, source: { data } }) => ({
    slug,
    lang: data.lang ?? siteLang,
    published: instant.toISOString(),
  }));
}
