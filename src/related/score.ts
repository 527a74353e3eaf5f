import type { PreparedCorpus } from './corpus.ts';
import type { RelatedSettings } from './settings.ts';
import { dotRows } from './sparse.ts';
import type { RelatedSignals } from './types.ts';

const DAY_MS = 86_400_000;

/** Scores pairs of articles of one prepared corpus, by position in canonical order. */
export interface SignalScorer {
  /** The sum of the five weighted signals, added in field order (tags, text, city, author, time). */
  score(target: number, other: number): number;
  /** All five weighted signals. */
  signals(target: number, other: number): RelatedSignals;
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
    score: (a, b) => tags(a, b) + text(a, b) + city(a, b) + author(a, b) + time(a, b),
    signals: (a, b) => ({
      tags: tags(a, b),
      text: text(a, b),
      city: city(a, b),
      author: author(a, b),
      time: time(a, b),
    }),
  };
}

/**
 * The total order of results: higher score first, then newer, then slug. Positions in canonical
 * order already sort by date and slug, so they break ties.
 */
export function compareScored(a: { score: number; index: number }, b: { score: number; index: number }): number {
  return b.score - a.score || a.index - b.index;
}
