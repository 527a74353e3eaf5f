import { describe, expect, it } from 'vitest';
import { compareText } from '#src/build/order.ts';

describe('compareText', () => {
  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['same', 'same', 0],
    // Code units: capitals before small letters, whatever the machine's locale says.
    ['Zebra', 'apple', -1],
    ['news-2', 'news-10', 1],
  ])('orders %j against %j as %i', (a, b, expected) => {
    expect(compareText(a, b)).toBe(expected);
  });

  it('sorts the same list the same way every time', () => {
    expect(['ur', 'en', 'ar', 'EN'].sort(compareText)).toEqual(['EN', 'ar', 'en', 'ur']);
  });
});
