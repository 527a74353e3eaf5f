/**
 * How much each signal adds to a score. Before weighting, tags, text and neighbours range over
 * 0–1 (roughly), city and author are 0 or 1, and time is 1 for the same instant, halving every
 * `timeHalfLifeDays`.
 */
export interface RelatedWeights {
  /**
   * Shared topics: the sum of their rarities (1 for a topic on two articles, less the more
   * articles carry it), capped at 1. Default 0.3, below text: text reads the whole story, while
   * a single topic is often a region or a side subject; on the labelled benchmark corpus,
   * weights above about 0.5 let such topics outrank articles about the same story.
   */
  tags: number;
  /**
   * Text similarity: cosine of the two articles' TF-IDF vectors (sublinear term frequency, terms
   * below the document-frequency cut-off). Default 1.
   */
  text: number;
  /**
   * Agreement of the target's nearest articles: the mean of the other article's topic-and-text
   * closeness (tags and text signals above, unweighted by nudges) to the target's
   * `neighbourCount` closest articles. An article that only shares the target's digressions (a
   * trade story's paragraph on the weather) is close to the target but not to its neighbours, so
   * this keeps lists on the story's own subject. Default 1.
   */
  neighbours: number;
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
  /**
   * Heaviest TF-IDF terms kept per article; the rest of its words are not compared. Default 48,
   * about all of a typical story's terms below the cut-off: the lighter words of a story are
   * still its subject, and a short list is easily filled by a digression's words (see the
   * benchmark in `docs/related-news.md`).
   */
  termsPerArticle: number;
  /**
   * Extra times each word of an article's headline (title and summary) counts in its term
   * vector, on top of its place in the text. Default 2: a headline says what the story is about,
   * a body also quotes, compares and digresses; on the benchmark corpus with half the body's
   * sentences borrowed from other topics, this lifts precision more than any other setting.
   */
  headlineWeight: number;
  /** Tokens shorter than this many UTF-16 units are dropped. Default 2 (keeps "eu", "un"). */
  minTokenLength: number;
  /**
   * A term in more than this many articles is left out of the text vectors: it says little
   * about any one story, and the text signal walks every posting of every kept term, whatever
   * its date, so this cap bounds the work per article (at most `termsPerArticle` times it) and
   * keeps the whole computation linear in the number of articles. Default 500.
   */
  termCutoffArticles: number;
  /**
   * For an article whose text meets fewer than `candidatePool` others: the articles next to it
   * in time on each of its topics (half newer, half older) that top up its candidates, so an
   * article with little text is still related by its topics. Only then: offered to every
   * article, they bring in stories that share a side topic (a region) and crowd out the text's
   * candidates. Default 40.
   */
  tagWindow: number;
  /**
   * Closest articles by tags and text kept per article: the candidates its list is chosen from
   * (keep it above `count`), and what the `neighbours` signal reads. Memory grows with it
   * (12 bytes each per article). Default 32.
   */
  candidatePool: number;
  /** How many of an article's closest articles the `neighbours` signal averages. Default 8. */
  neighbourCount: number;
}

/** The defaults documented on each field of {@link RelatedSettings}. */
export const DEFAULT_RELATED_SETTINGS: Readonly<RelatedSettings> = Object.freeze({
  count: 5,
  allowNewer: true,
  weights: Object.freeze({ tags: 0.3, text: 1, neighbours: 1, city: 0.05, author: 0.05, time: 0.05 }),
  timeHalfLifeDays: 30,
  tagCutoffShare: 0.2,
  tagCutoffMinArticles: 20,
  termsPerArticle: 48,
  headlineWeight: 2,
  minTokenLength: 2,
  termCutoffArticles: 500,
  tagWindow: 40,
  candidatePool: 32,
  neighbourCount: 8,
});

/** Throws a `RangeError` naming the first setting that is out of range. */
export function assertRelatedSettings(settings: RelatedSettings): void {
  const counts = [
    'count',
    'termsPerArticle',
    'headlineWeight',
    'minTokenLength',
    'tagWindow',
    'candidatePool',
    'neighbourCount',
    'tagCutoffMinArticles',
    'termCutoffArticles',
  ] as const;
  for (const name of counts) {
    if (!Number.isInteger(settings[name]) || settings[name] < 0) {
      throw new RangeError(`related settings: ${name} must be a whole number ≥ 0, got ${settings[name]}`);
    }
  }
  // Every weight by name, so that settings written before a signal existed fail here, not as NaN.
  for (const name of ['tags', 'text', 'neighbours', 'city', 'author', 'time'] as const) {
    const weight = settings.weights[name];
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
