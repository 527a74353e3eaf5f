/**
 * How much each signal adds to a score. Before weighting, tags and text range over 0–1, city and
 * author are 0 or 1, and time is 1 for the same instant, halving every `timeHalfLifeDays`.
 */
export interface RelatedWeights {
  /**
   * Shared topics: the sum of their rarities (1 for a topic on two articles, less the more
   * articles carry it), capped at 1. Default 0.3, below text: text reads the whole story, while
   * a single topic is often a region or a side subject; on the labelled benchmark corpus,
   * weights above about 0.5 let such topics outrank articles about the same story.
   */
  tags: number;
  /** Text similarity: cosine of the TF-IDF vectors of the two articles' top terms. Default 1. */
  text: number;
  /** Same dateline city: a nudge, never enough to relate unrelated stories. Default 0.05. */
  city: number;
  /** Same author: a nudge, as reporters keep to their beats. Default 0.05. */
  author: number;
  /** Closeness in time: the most it adds, for articles published together. Default 0.05. */
  time: number;
}

/** Everything the related-news engine can be tuned with. */
export interface RelatedSettings {
  /** Results per article. Default 5, the size of the article page's Related News block. */
  count: number;
  /**
   * Whether articles published after the target may be listed. Default `true`: a reader who
   * lands on an older story from search or social most needs its follow-ups, and the oldest
   * article keeps a non-empty list. `false` would keep a page's list fixed after publication,
   * which only helps a CDN when nothing else on the page moves; every article page here already
   * shows the latest headlines, so each publication changes every page anyway. Even with `false`,
   * topic and word rarity are measured on the whole site, so scores still drift slightly.
   */
  allowNewer: boolean;
  /** Weight of each signal. */
  weights: RelatedWeights;
  /** Days after which the time signal has halved. Default 30: a month apart is half as close. */
  timeHalfLifeDays: number;
  /**
   * A topic on more than this share of all articles is ignored by the scoring (it says little
   * about any one story), as long as it is also on more than `tagCutoffMinArticles`. Default 0.2.
   */
  tagCutoffShare: number;
  /** Topics on at most this many articles are never cut off, so small sites keep theirs. Default 20. */
  tagCutoffMinArticles: number;
  /** Top TF-IDF terms kept per article; the rest of its words are not compared. Default 32. */
  termsPerArticle: number;
  /** Tokens shorter than this many UTF-16 units are dropped. Default 2 (keeps "eu", "un"). */
  minTokenLength: number;
  /**
   * Candidates one shared topic can offer: the articles next to the target in time among those
   * with the topic, half newer and half older. Bounds the work per article however busy a topic
   * grows, which keeps the whole computation close to linear. Default 40.
   */
  tagWindow: number;
  /** Likewise for one shared top term. Default 24. */
  termWindow: number;
}

/** The defaults documented on each field of {@link RelatedSettings}. */
export const DEFAULT_RELATED_SETTINGS: Readonly<RelatedSettings> = Object.freeze({
  count: 5,
  allowNewer: true,
  weights: Object.freeze({ tags: 0.3, text: 1, city: 0.05, author: 0.05, time: 0.05 }),
  timeHalfLifeDays: 30,
  tagCutoffShare: 0.2,
  tagCutoffMinArticles: 20,
  termsPerArticle: 32,
  minTokenLength: 2,
  tagWindow: 40,
  termWindow: 24,
});

/** Throws a `RangeError` naming the first setting that is out of range. */
export function assertRelatedSettings(settings: RelatedSettings): void {
  const counts = [
    'count',
    'termsPerArticle',
    'minTokenLength',
    'tagWindow',
    'termWindow',
    'tagCutoffMinArticles',
  ] as const;
  for (const name of counts) {
    if (!Number.isInteger(settings[name]) || settings[name] < 0) {
      throw new RangeError(`related settings: ${name} must be a whole number ≥ 0, got ${settings[name]}`);
    }
  }
  for (const [name, weight] of Object.entries(settings.weights)) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`related settings: weights.${name} must be a finite number ≥ 0, got ${weight}`);
    }
  }
  if (!(settings.timeHalfLifeDays > 0)) {
    throw new RangeError(`related settings: timeHalfLifeDays must be > 0, got ${settings.timeHalfLifeDays}`);
  }
  if (!(settings.tagCutoffShare > 0 && settings.tagCutoffShare <= 1)) {
    throw new RangeError(`related settings: tagCutoffShare must be in (0, 1], got ${settings.tagCutoffShare}`);
  }
}
