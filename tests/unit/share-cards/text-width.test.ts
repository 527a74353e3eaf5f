import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '#src/share-cards/text-width.ts';

describe('estimateTextWidth', () => {
  it('grows with the font size, in proportion', () => {
    expect(estimateTextWidth('Headline', 64)).toBeCloseTo(2 * estimateTextWidth('Headline', 32));
  });

  it('counts wide letters wider than narrow ones', () => {
    expect(estimateTextWidth('mmmm', 10)).toBeGreaterThan(estimateTextWidth('nnnn', 10));
    expect(estimateTextWidth('nnnn', 10)).toBeGreaterThan(estimateTextWidth('iiii', 10));
    expect(estimateTextWidth('HHHH', 10)).toBeGreaterThan(estimateTextWidth('hhhh', 10));
  });

  it.each([
    // Ink widths measured from sharp renderings at 100 px: Noto Serif Bold...
    ['Envoys Meet to Restore Embassy Operations', 2230],
    ['MINIMUM WAGE HIKE IN WWW', 1637],
    ['hunting down numbers', 1180],
    // ...and Noto Nastaliq Urdu.
    ['کراچی میں مون سون سے قبل نکاسیٔ آب کا ہنگامی منصوبہ منظور', 2405],
    ['کراچی میں بارش کے بعد صفائی مہم', 1331],
  ])('estimates %j a little over its measured %i px at 100 px, never under', (text, measured) => {
    expect(estimateTextWidth(text, 100)).toBeGreaterThanOrEqual(measured);
    expect(estimateTextWidth(text, 100)).toBeLessThan(measured * 1.1);
  });

  it('gives combining marks no width of their own', () => {
    expect(estimateTextWidth('e\u0301', 10)).toBe(estimateTextWidth('e', 10));
  });

  it('counts Han characters and emoji a full em', () => {
    expect(estimateTextWidth('新闻', 10)).toBe(20);
    expect(estimateTextWidth('🎉', 10)).toBe(10);
  });
});
