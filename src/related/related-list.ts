import { computeRelated, relatedArticleOf, type RelatedSettings } from './index.ts';
import { countArticleTerms } from './tfidf.ts';

/**
 * Facts of files kept between builds (src/content/file-facts.ts): `compute()`'s answer for the
 * file and kind, kept while the file's text is unchanged.
 */
export interface KeptFileFacts {
  of<T>(path: string, kind: string, compute: () => T): T;
}
import type { DatedSource } from '../newsroom/published-sources.ts';

/** Pairs of an article's slug and its related slugs, in the order of the published articles. */
export type RelatedList = [slug: string, related: string[]][];

/**
 * Related News of every published article, for the build manifest: the articles loader holds
 * every article's Markdown already, so the pages need not read and parse the files again. With
 * `facts`, each article's words are counted only when its file changed since they were kept.
 */
export function relatedListOf(published: readonly DatedSource[], settings: RelatedSettings, facts?: KeptFileFacts): RelatedList {
  // The counts depend on the file and on these settings alone.
  const kind = `related-terms ${settings.minTokenLength} ${settings.headlineWeight}`;
  const articles = published.map((dated) => {
    if (!facts) return relatedArticleOf(dated);
    // Reading an article's words (plain text, then tokens) is most of the engine's time and
    // depends on the article's file alone.
    const terms = facts.of(dated.source.file, kind, () => {
      const { text, headline } = relatedArticleOf(dated);
      return countArticleTerms(text, headline, settings.headlineWeight, settings.minTokenLength);
    });
    return relatedArticleOf(dated, terms);
  });
  const related = computeRelated(articles, settings);
  return [...related].map(([slug, results]) => [slug, results.map((result) => result.slug)]);
}
