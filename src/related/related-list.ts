import { digestOf } from '../newsroom/snapshot.ts';
import { computeRelated, relatedArticleOf, type RelatedSettings } from './index.ts';
import { countArticleTerms } from './tfidf.ts';
import type { TermCounts } from './types.ts';

/** Word counts of articles kept between builds (src/build/keyed-cache.ts). */
export interface TermCountsCache {
  get(key: string): TermCounts | undefined;
  set(key: string, value: TermCounts): void;
}
import type { DatedSource } from '../newsroom/published-sources.ts';

/** Pairs of an article's slug and its related slugs, in the order of the published articles. */
export type RelatedList = [slug: string, related: string[]][];

/**
 * Related News of every published article, for the build manifest: the articles loader holds
 * every article's Markdown already, so the pages need not read and parse the files again. With
 * `terms`, each article's words are counted only when it changed since they were kept.
 */
export function relatedListOf(published: readonly DatedSource[], settings: RelatedSettings, terms?: TermCountsCache): RelatedList {
  const articles = published.map((dated) => {
    if (!terms) return relatedArticleOf(dated);
    // Reading an article's words (plain text, then tokens) is most of the engine's time and
    // depends on the article alone: kept between builds under a digest of what it reads.
    const { data, body } = dated.source;
    const key = digestOf([settings.minTokenLength, settings.headlineWeight, data.title, data.summary ?? '', body]);
    const counted = terms.get(key);
    if (counted !== undefined) return relatedArticleOf(dated, counted);
    const article = relatedArticleOf(dated);
    const fresh = countArticleTerms(article.text, article.headline, settings.headlineWeight, settings.minTokenLength);
    terms.set(key, fresh);
    return { ...article, terms: fresh };
  });
  const related = computeRelated(articles, settings);
  return [...related].map(([slug, results]) => [slug, results.map((result) => result.slug)]);
}
