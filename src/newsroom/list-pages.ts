/**
 * Stable pagination for the archive, topic and author lists. Pages are numbered from the oldest
 * article: page 1 holds the first `size` articles ever published, page 2 the next, and only full
 * pages exist, so a page never changes once written however many articles follow. The list's
 * head (`/news/`, `/tag/<t>/`, `/author/<id>/`) shows the newest `size` and links every numbered
 * page, so every article stays within three clicks of home (home → list → page → article).
 * Astro's paginate() numbers from the first item and gives page 1 the list's own URL; here page
 * 1 is the oldest page and the head is a page of its own, so the slicing is done here.
 */

/** A numbered page: its articles (newest first) and its neighbours. */
export interface FrozenPage<T> {
  number: number;
  articles: T[];
  /** The page of older articles, if any. */
  older: number | undefined;
  /** The page of newer articles, or `'head'` for the newest full page. */
  newer: number | 'head';
}

/** The head of a list: the newest articles and the numbered pages behind them. */
export interface HeadPage<T> {
  articles: T[];
  /** How many numbered pages exist (the newest is `pages`, the oldest 1). */
  pages: number;
}

/** How many full pages `count` articles fill at `size` a page. */
export function frozenPageCount(count: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  return Math.floor(count / size);
}

/** The head and the numbered pages of a list given newest first. */
export function listPages<T>(newestFirst: readonly T[], size: number): { head: HeadPage<T>; frozen: FrozenPage<T>[] } {
  const pages = frozenPageCount(newestFirst.length, size);
  const total = newestFirst.length;
  const frozen = Array.from({ length: pages }, (_, index): FrozenPage<T> => {
    const number = index + 1;
    return {
      number,
      articles: newestFirst.slice(total - number * size, total - index * size),
      older: number > 1 ? number - 1 : undefined,
      newer: number < pages ? number + 1 : 'head',
    };
  });
  return { head: { articles: newestFirst.slice(0, size), pages }, frozen };
}
