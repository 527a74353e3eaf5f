import { describe, expect, it } from 'vitest';
import { wrapLines } from '#src/share-cards/wrap-lines.ts';

/** Every character one pixel wide: widths are lengths, so expectations are easy to read. */
const byLength = (text: string) => [...text].length;

describe('wrapLines', () => {
  it.each([
    ['fills each line with as many words as fit', 'one two three four five', 9, ['one two', 'three', 'four five']],
    ['keeps a line exactly as wide as allowed', 'abc def', 7, ['abc def']],
    ['collapses runs of spaces and newlines', '  one \n two   three ', 20, ['one two three']],
    ['splits a word wider than a line between characters', 'abcdefghij xy', 4, ['abcd', 'efgh', 'ij', 'xy']],
    ['gives no lines for blank text', '   ', 10, []],
    ['wraps Urdu between words too', 'کراچی میں بارش کے بعد', 10, ['کراچی میں', 'بارش کے', 'بعد']],
  ])('%s', (_name, text, width, lines) => {
    expect(wrapLines(text, width, 10, byLength)).toEqual({ lines, truncated: false });
  });

  it('ends the last line allowed with an ellipsis when text is left over', () => {
    expect(wrapLines('one two three four five six', 9, 2, byLength)).toEqual({
      lines: ['one two', 'three…'],
      truncated: true,
    });
  });

  it('drops words until the ellipsis fits, and any trailing punctuation before it', () => {
    expect(wrapLines('alpha, beta gamma delta', 11, 1, byLength)).toEqual({ lines: ['alpha…'], truncated: true });
  });

  it('shortens a lone long word to make room for the ellipsis', () => {
    expect(wrapLines('abcdefgh ijklmnop', 8, 1, byLength)).toEqual({ lines: ['abcdefg…'], truncated: true });
  });

  it('never returns a line wider than allowed when words fit', () => {
    const text = 'Regional Foreign Ministers Agree on Permanent Secretariat for Black Sea Dialogue';
    for (const width of [12, 20, 33]) {
      const { lines } = wrapLines(text, width, 20, byLength);
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) expect(byLength(line)).toBeLessThanOrEqual(width);
    }
  });
});
