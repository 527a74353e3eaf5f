import { describe, expect, it } from 'vitest';
import { allPagesFrom, pageWindow } from '#src/ui/page-links.ts';

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 500, [1, 2, 3, 'gap', 500]],
    [6, 500, [1, 'gap', 4, 5, 6, 7, 8, 'gap', 500]],
    [4, 10, [1, 2, 3, 4, 5, 6, 'gap', 10]],
    [500, 500, [1, 'gap', 498, 499, 500]],
    // A gap never hides a single page.
    [5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
  ])('on page %i of %i shows %j', (current, total, expected) => {
    expect(pageWindow(current, total)).toEqual(expected);
  });

  it('always shows first, last and the neighbours of the current page, in order', () => {
    for (let total = 1; total <= 30; total++) {
      for (let current = 1; current <= total; current++) {
        const pages = pageWindow(current, total).filter((link) => link !== 'gap');
        expect(pages).toEqual([...pages].sort((a, b) => a - b));
        for (const page of [1, total, current - 2, current - 1, current, current + 1, current + 2]) {
          if (page >= 1 && page <= total) expect(pages).toContain(page);
        }
      }
    }
  });

  it.each([
    [0, 5],
    [6, 5],
    [1, 0],
    [1.5, 3],
  ])('refuses page %j of %j', (current, total) => {
    expect(() => pageWindow(current, total)).toThrow(/not a page/);
  });
});

describe('allPagesFrom', () => {
  it('lists every page from page 1 when the bar leaves pages out', () => {
    const pages = allPagesFrom(1, 500, pageWindow(1, 500));
    expect(pages).toHaveLength(500);
    expect(pages[0]).toBe(1);
    expect(pages.at(-1)).toBe(500);
  });

  it('adds nothing when the bar already shows every page, or on later pages', () => {
    expect(allPagesFrom(1, 5, pageWindow(1, 5))).toEqual([]);
    expect(allPagesFrom(2, 500, pageWindow(2, 500))).toEqual([]);
  });
});
