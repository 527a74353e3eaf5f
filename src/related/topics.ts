import { compareText } from '../build/order.ts';

/** A topic that appears together with another one, and on how many articles. */
export interface RelatedTopic {
  /** Topic slug. */
  slug: string;
  /** Articles carrying both topics. */
  articles: number;
}

/** How {@link relatedTopics} counts and cuts. */
export interface RelatedTopicsOptions {
  /** Co-occurring topics kept per topic. Default 5. */
  count: number;
  /**
   * Topics of one article that are paired, in the article's own order (editors list the main
   * topics first). Bounds the work per article to this number squared. Default 10.
   */
  maxTagsPerArticle: number;
}

/** The defaults documented on each field of {@link RelatedTopicsOptions}. */
export const DEFAULT_RELATED_TOPICS_OPTIONS: Readonly<RelatedTopicsOptions> = Object.freeze({
  count: 5,
  maxTagsPerArticle: 10,
});

/**
 * For each topic, the topics that appear on the same articles most often, in one pass over the
 * articles. Order: more shared articles first, then slug; topics come out sorted by slug, so the
 * result does not depend on the order of the articles. A topic seen only alone maps to `[]`.
 */
export function relatedTopics(
  articles: readonly { tags: readonly string[] }[],
  options: RelatedTopicsOptions = DEFAULT_RELATED_TOPICS_OPTIONS,
): Map<string, RelatedTopic[]> {
  const together = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const tags = [...new Set(article.tags)].slice(0, options.maxTagsPerArticle);
    for (const tag of tags) {
      let counts = together.get(tag);
      if (!counts) together.set(tag, (counts = new Map()));
      for (const other of tags) if (other !== tag) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return new Map(
    [...together.keys()].sort(compareText).map((tag) => [
      tag,
      [...together.get(tag)!]
        .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
        .slice(0, options.count)
        .map(([slug, count]) => ({ slug, articles: count })),
    ]),
  );
}
