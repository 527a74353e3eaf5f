import type { PreparedCorpus } from './corpus.ts';
import type { RelatedSettings } from './settings.ts';
import { dotRows } from './sparse.ts';
import type { RelatedSignals } from './types.ts';

const DAY_MS = 86_400_000;

/** Scores pairs of articles of one prepared corpus, by position in canonical order. */
export interface SignalScorer {
  /**
   * The score from the pair's closeness (tags + text signals, as pass one found it) and the
   * unweighted neighbour support: the six signals added in field order.
   */
  score(target: number, other: number, closeness: number, support: number): number;
  /** All six weighted signals; their sum in field order is `score`. */
  signals(target: number, other: number, support: number): RelatedSignals;
}

/** Binds the weights and the time half-life to a corpus. */
export function createSignalScorer(corpus: PreparedCorpus, settings: RelatedSettings): SignalScorer {
  const { weights } = settings;
  const decayPerMs = Math.LN2 / (settings.timeHalfLifeDays * DAY_MS);
  const { cities, authors, published } = corpus;
  const tags = (a: number, b: number) => weights.tags * Math.min(1, dotRows(corpus.tags, a, b));
  const text = (a: number, b: number) => weights.text * dotRows(corpus.terms, a, b);
  const city = (a: number, b: number) => (cities[a] !== -1 && cities[a] === cities[b] ? weights.city : 0);
  const author = (a: number, b: number) => (authors[a] !== -1 && authors[a] === authors[b] ? weights.author : 0);
  const time = (a: number, b: number) => weights.time * Math.exp(-Math.abs(published[a]! - published[b]!) * decayPerMs);
  return {
    score: (a, b, closeness, support) => closeness + weights.neighbours * support + city(a, b) + author(a, b) + time(a, b),
    signals: (a, b, support) => ({
      tags: tags(a, b),
      text: text(a, b),
      neighbours: weights.neighbours * support,
      city: city(a, b),
      author: author(a, b),
      time: time(a, b),
    }),
  };
}
