import { computeRelated, relatedArticleOf, type RelatedSettings } from './index.ts';
import type { DatedSource } from '../newsroom/published-sources.ts';

/** Pairs of an article's slug and its related slugs, in the order of the published articles. */
export type RelatedList = [slug: string, related: string[]][];

/**
 * Related News of every published article, for the build manifest: the articles loader holds
 * every article's Markdown already, so the pages need not read and parse the files again.
 */
export function relatedListOf(published: readonly DatedSource[], settings: RelatedSettings): RelatedList {
  const related = computeRelated(published.map(relatedArticleOf), settings);
  return [...related].map(([slug, results]) => [slug, results.map((result) => result.slug)]);
}
