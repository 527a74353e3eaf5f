import { createCandidateFinder } from './candidates.ts';
import { prepareCorpus } from './corpus.ts';
import { findFallbacks } from './fallback.ts';
import { compareScored, createSignalScorer } from './score.ts';
import { assertRelatedSettings, DEFAULT_RELATED_SETTINGS, type RelatedSettings } from './settings.ts';
import type { RelatedArticle, RelatedResult } from './types.ts';

// Candidates scored exactly per target, as a multiple of `count`: the index walk only sees the
// postings inside each window, so a little slack lets the exact scores reorder its estimate.
const POOL_FACTOR = 4;
const MIN_POOL = 20;
const NO_SIGNALS = Object.freeze({ tags: 0, text: 0, city: 0, author: 0, time: 0 });

/**
 * Computes the related articles of every article at once, in close to linear time: candidates
 * come from bounded windows of a topic index and a term index (see {@link RelatedSettings}),
 * the best of them are scored exactly, and lists come out in a total order (score, then newer,
 * then slug), so the same articles in any order give the same output. A list is short of
 * `count` only when the site has too few eligible articles: it is filled from the same topics,
 * then from the latest. Pass published articles only; an article is never related to itself.
 * Returns a map from slug to results, newest article first.
 * Throws a `RangeError` on invalid settings or dates, and an `Error` on a repeated slug.
 */
export function computeRelated(
  articles: readonly RelatedArticle[],
  settings: RelatedSettings = DEFAULT_RELATED_SETTINGS,
): Map<string, RelatedResult[]> {
  assertRelatedSettings(settings);
  const corpus = prepareCorpus(articles, settings);
  const scorer = createSignalScorer(corpus, settings);
  const findCandidates = createCandidateFinder(corpus, settings, Math.max(MIN_POOL, POOL_FACTOR * settings.count));
  const related = new Map<string, RelatedResult[]>();
  corpus.slugs.forEach((slug, target) => {
    const scored = findCandidates(target)
      .map((index) => ({ index, score: scorer.score(target, index) }))
      .sort(compareScored)
      .slice(0, settings.count);
    const results: RelatedResult[] = scored.map(({ index, score }) => ({
      slug: corpus.slugs[index]!,
      score,
      signals: scorer.signals(target, index),
      reason: 'scored',
    }));
    if (results.length < settings.count) {
      const taken = new Set(scored.map((result) => result.index));
      for (const { index, reason } of findFallbacks(
        corpus,
        target,
        taken,
        settings.count - results.length,
        settings.allowNewer,
      )) {
        results.push({ slug: corpus.slugs[index]!, score: 0, signals: { ...NO_SIGNALS }, reason });
      }
    }
    related.set(slug, results);
  });
  return related;
}
