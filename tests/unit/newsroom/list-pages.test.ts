import { describe, expect, it } from 'vitest';
import { frozenPageCount, listPages } from '#src/newsroom/list-pages.ts';

/** Articles 1..n, newest (n) first. */
const newestFirst = (n: number) => Array.from({ length: n }, (_, index) => n - index);

describe('listPages', () => {
  it.each([
    [0, 0],
    [19, 0],
    [20, 1],
    [39, 1],
    [40, 2],
  ])('gives %i articles %i full pages of 20', (count, pages) => {
    expect(frozenPageCount(count, 20)).toBe(pages);
    expect(listPages(newestFirst(count), 20).frozen).toHaveLength(pages);
  });

  it('numbers pages from the oldest, each newest first, and the head shows the newest', () => {
    const { head, frozen } = listPages(newestFirst(7), 3);
    expect(head).toEqual({ articles: [7, 6, 5], pages: 2 });
    expect(frozen).toEqual([
      { number: 1, articles: [3, 2, 1], older: undefined, newer: 2 },
      { number: 2, articles: [6, 5, 4], older: 1, newer: 'head' },
    ]);
  });

  it('never changes a page once written, whatever is published after it', () => {
    const before = listPages(newestFirst(50), 20).frozen;
    const after = listPages(newestFirst(75), 20).frozen;
    expect(after[0]).toEqual(before[0]);
    expect(after[1]?.articles).toEqual(before[1]?.articles);
  });

  it('every article is on the head or on a numbered page', () => {
    const { head, frozen } = listPages(newestFirst(47), 10);
    const shown = new Set([...head.articles, ...frozen.flatMap((page) => page.articles)]);
    expect(shown.size).toBe(47);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => listPages([1], 0)).toThrow(/positive integer/);
  });
});
