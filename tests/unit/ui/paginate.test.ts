import { describe, expect, it } from 'vitest';
import { paginate } from '#src/ui/paginate.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('paginate', () => {
  it.each([
    [1, 20, [1]],
    [20, 20, [20]],
    [21, 20, [20, 1]],
    [5, 2, [2, 2, 1]],
    [6, 2, [2, 2, 2]],
    [3, 1, [1, 1, 1]],
  ])('splits %i items into pages of %i as %j', (count, size, sizes) => {
    const pages = paginate(numbers(count), size);
    expect(pages.map((page) => page.items.length)).toEqual(sizes);
    expect(pages.map((page) => page.number)).toEqual(sizes.map((_, index) => index + 1));
    expect(pages.every((page) => page.total === sizes.length)).toBe(true);
  });

  it('keeps every item once, in order', () => {
    const items = numbers(47);
    expect(paginate(items, 10).flatMap((page) => page.items)).toEqual(items);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws for page size %s', (size) => {
    expect(() => paginate(numbers(3), size)).toThrow(`page size must be a positive integer, got ${size}`);
  });
});
