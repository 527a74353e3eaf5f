import type { Page } from 'astro';

/** What a listing reads of a page of Astro's `paginate()`: its articles, its number, the last one's. */
export type ListingPage<T> = Pick<Page<T>, 'data' | 'currentPage' | 'lastPage'>;

/** A numbered entry of a pagination bar: a page, or `'gap'` for pages left out between two. */
export type PageLink = number | 'gap';

/**
 * The numbered pages a pagination bar shows on page `current` of `total`: the first and last,
 * and `neighbours` on each side of the current one, with a gap where pages are left out.
 * A gap never stands for a single page: that page is shown instead, as it takes the same room.
 */
export function pageWindow(current: number, total: number, neighbours = 2): PageLink[] {
  if (!Number.isInteger(total) || total < 1 || !Number.isInteger(current) || current < 1 || current > total) {
    throw new Error(`page ${current} of ${total} is not a page`);
  }
  const shown = new Set([1, total]);
  for (let page = Math.max(1, current - neighbours); page <= Math.min(total, current + neighbours); page++) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const [index, page] of pages.entries()) {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous === 2) links.push(page - 1);
    else if (previous !== undefined && page - previous > 2) links.push('gap');
    links.push(page);
  }
  return links;
}

/**
 * Every page of a list, when its first page should link them all: when the bar leaves some
 * out. From page 1 of the archive every archive page is then one click away, so every article
 * is within three clicks of the home page (home → archive → archive page → article) however
 * long the archive grows. Empty on other pages.
 */
export function allPagesFrom(current: number, total: number, window: readonly PageLink[]): number[] {
  return current === 1 && window.includes('gap') ? Array.from({ length: total }, (_, index) => index + 1) : [];
}
