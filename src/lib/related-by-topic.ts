import type { TopicGroup } from './topics.ts';

/** How many neighbours in time each shared topic offers as candidates. */
const NEIGHBOURS_PER_TOPIC = 40;

/**
 * A first Related News: articles sharing topics, rarer topics counting more; ties go to the
 * article nearer in time, then the newer one. Each topic offers only the articles nearest in time to the target, so the
 * cost stays linear in the number of articles however large a topic grows. Lists are filled up
 * from the latest articles, so they are never empty while the site has another article.
 *
 * `articles` must be newest first, and `groups` built from them (see `groupByTopic`).
 */
export function relatedByTopic<T extends { slug: string; published: Date }>(
  articles: readonly T[],
  groups: readonly TopicGroup<T>[],
  count: number,
): Map<string, T[]> {
  const rank = new Map(articles.map((article, index) => [article.slug, index]));
  const memberships = new Map<string, { group: TopicGroup<T>; position: number }[]>();
  for (const group of groups) {
    group.articles.forEach((article, position) => {
      const list = memberships.get(article.slug) ?? [];
      list.push({ group, position });
      memberships.set(article.slug, list);
    });
  }
  const result = new Map<string, T[]>();
  for (const article of articles) {
    const scores = new Map<T, number>();
    for (const { group, position } of memberships.get(article.slug) ?? []) {
      const weight = 1 / Math.log2(2 + group.articles.length);
      const from = Math.max(0, position - NEIGHBOURS_PER_TOPIC / 2);
      for (const other of group.articles.slice(from, from + NEIGHBOURS_PER_TOPIC + 1)) {
        if (other.slug !== article.slug) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const distance = (other: T) => Math.abs(other.published.getTime() - article.published.getTime());
    const chosen = [...scores]
      .sort(
        (a, b) =>
          b[1] - a[1] ||
          distance(a[0]) - distance(b[0]) ||
          (rank.get(a[0].slug) ?? 0) - (rank.get(b[0].slug) ?? 0),
      )
      .slice(0, count)
      .map(([other]) => other);
    result.set(article.slug, fillFromLatest(chosen, articles, article.slug, count));
  }
  return result;
}

function fillFromLatest<T extends { slug: string }>(
  chosen: T[],
  latest: readonly T[],
  self: string,
  count: number,
): T[] {
  const taken = new Set([self, ...chosen.map((article) => article.slug)]);
  for (const candidate of latest) {
    if (chosen.length >= count) break;
    if (!taken.has(candidate.slug)) {
      chosen.push(candidate);
      taken.add(candidate.slug);
    }
  }
  return chosen;
}
