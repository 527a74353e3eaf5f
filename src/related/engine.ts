import { findClosestArticles } from './candidates.ts';
import { prepareCorpus } from './corpus.ts';
import { findFallbacks } from './fallback.ts';
import { createNeighbourSupport } from './neighbours.ts';
import { createSignalScorer } from './score.ts';
import { assertRelatedSettings, DEFAULT_RELATED_SETTINGS, type RelatedSettings } from './settings.ts';
import type { RelatedArticle, RelatedResult } from './types.ts';

const NO_SIGNALS = Object.freeze({ tags: 0, text: 0, neighbours: 0, city: 0, author: 0, time: 0 });

/**
 * Computes the related articles of every article at once, in close to linear time. First each
 * article's `candidatePool` closest articles by topics and text are found through inverted
 * indexes (the exact text cosine over the terms below the document-frequency cut-off, whatever
 * the dates); then each pool is ranked by that closeness plus the agreement of the target's
 * nearest articles and the city, author and time nudges (see {@link RelatedSettings}). Lists
 * come out in a total order (score, then newer, then slug), so the same articles in any order
 * give the same output. A list is short of `count` only when the site has too few eligible
 * articles: it is filled from the same topics, then from the latest. Pass published articles
 * only; an article is never related to itself. Returns a map from slug to results, newest
 * article first.
 * Throws a `RangeError` on invalid settings or dates, and an `Error` on a repeated slug.
 */
export function computeRelated(
  articles: readonly RelatedArticle[],
  settings: RelatedSettings = DEFAULT_RELATED_SETTINGS,
): Map<string, RelatedResult[]> {
  assertRelatedSettings(settings);
  const corpus = prepareCorpus(articles, settings);
  const scorer = createSignalScorer(corpus, settings);
  const closest = findClosestArticles(corpus, settings);
  const supportOf = createNeighbourSupport(closest, settings.neighbourCount);
  const { width, ids, scores } = closest;
  const rowScores = new Float64Array(width);
  const related = new Map<string, RelatedResult[]>();
  corpus.slugs.forEach((slug, target) => {
    const support = supportOf(target);
    const row = target * width;
    let size = 0;
    while (size < width && ids[row + size] !== -1) {
      rowScores[size] = scorer.score(target, ids[row + size]!, scores[row + size]!, support[size]!);
      size++;
    }
    const best = bestPlaces(ids.subarray(row, row + size), rowScores, settings.count);
    const results: RelatedResult[] = best.map((place) => ({
      slug: corpus.slugs[ids[row + place]!]!,
      score: rowScores[place]!,
      signals: scorer.signals(target, ids[row + place]!, support[place]!),
      reason: 'scored',
    }));
    if (results.length < settings.count) {
      const taken = new Set(best.map((place) => ids[row + place]!));
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

/**
 * The places of the `count` best entries, best first, in the total order of results: higher
 * score, then smaller position (newer, then slug). A selection, as `count` is small.
 */
function bestPlaces(positions: Int32Array, scores: Float64Array, count: number): number[] {
  const chosen: number[] = [];
  const taken = new Uint8Array(positions.length);
  for (let rank = 0; rank < Math.min(count, positions.length); rank++) {
    let best = -1;
    for (let place = 0; place < positions.length; place++) {
      if (taken[place]) continue;
      if (
        best === -1 ||
        scores[place]! > scores[best]! ||
        (scores[place] === scores[best] && positions[place]! < positions[best]!)
      ) {
        best = place;
      }
    }
    taken[best] = 1;
    chosen.push(best);
  }
  return chosen;
}
