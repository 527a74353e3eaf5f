/**
 * "Trending Now": the desk's pinned slugs that are published, in the desk's order, then the
 * latest articles to fill up to `count`. Pinned slugs that are held back are skipped here
 * (the build report already lists them).
 */
export function selectTrending<T extends { slug: string }>(
  pinned: readonly string[],
  bySlug: ReadonlyMap<string, T>,
  latest: readonly T[],
  count: number,
): T[] {
  const chosen: T[] = [];
  const taken = new Set<string>();
  const take = (article: T | undefined) => {
    if (article && !taken.has(article.slug) && chosen.length < count) {
      chosen.push(article);
      taken.add(article.slug);
    }
  };
  pinned.forEach((slug) => take(bySlug.get(slug)));
  latest.forEach(take);
  return chosen;
}
