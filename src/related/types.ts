/** One published article as the related-news engine sees it: plain data, no framework types. */
export interface RelatedArticle {
  /** Unique id of the article; also the last tie-break of every ordering. */
  slug: string;
  /** Topic slugs, already normalised (lowercase, hyphenated). Duplicates are ignored. */
  tags: readonly string[];
  /** Author id; an empty string means unknown and matches no one. */
  author: string;
  /** Dateline city; an empty string means unknown and matches nowhere. */
  city: string;
  /** Publication instant in epoch milliseconds. */
  published: number;
  /** Title, summary and body as plain text, in any script. */
  text: string;
  /**
   * Title and summary again (they are in `text` too), if the article has them: their words
   * count `headlineWeight` more times, since a headline states what the story is about while a
   * body quotes, compares and digresses.
   */
  headline?: string;
  /**
   * `text` and `headline` already counted (`countArticleTerms`), from an earlier build: when
   * given, they are not read again. Must be what counting them with the same settings gives.
   */
  terms?: TermCounts;
}

/**
 * One article's distinct word tokens in the order they first occur, joined by spaces (a token
 * holds none: one string keeps a cache of thousands of articles quick to read back), and how
 * often each counts.
 */
export interface TermCounts {
  tokens: string;
  counts: Int32Array;
}

/**
 * What each signal added to a result's score, already multiplied by its weight, so the sum of
 * the six is the score. Results added by a fallback carry zeros.
 */
export interface RelatedSignals {
  /** Shared topics, rarer topics counting more. */
  tags: number;
  /** Similarity of the texts' telling words. */
  text: number;
  /** How close the article is to the target's nearest articles (by topics and text). */
  neighbours: number;
  /** Same dateline city. */
  city: number;
  /** Same author. */
  author: number;
  /** Closeness in publication time. */
  time: number;
}

/**
 * Why a result is in the list: `scored` by the signals, or filled in because too few articles
 * scored: first from articles sharing a topic (`same-topic`), then from the newest (`latest`).
 */
export type RelatedReason = 'scored' | 'same-topic' | 'latest';

/** One related article for a target article, with the reasons it was chosen. */
export interface RelatedResult {
  /** Slug of the related article. */
  slug: string;
  /** Sum of the signals; 0 for fallback results. */
  score: number;
  /** Each signal's weighted contribution to `score`. */
  signals: RelatedSignals;
  /** How the article got into the list. */
  reason: RelatedReason;
}
