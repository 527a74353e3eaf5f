import { describe, expect, it } from 'vitest';
import { suggestClosest } from '#src/content/suggest.ts';

const FIELDS = ['title', 'dateline', 'city', 'temperature', 'author', 'tags', 'summary', 'image', 'imageAlt'];

describe('suggestClosest', () => {
  it.each([
    ['jon-doe', ['john-doe', 'amina-rauf'], 'john-doe'],
    ['tittle', FIELDS, 'title'],
    ['sumary', FIELDS, 'summary'],
    ['cty', FIELDS, 'city'],
    ['tempature', FIELDS, 'temperature'],
    ['imagealt', FIELDS, 'imageAlt'],
  ])('suggests the likely typo fix for "%s"', (typed, known, expected) => {
    expect(suggestClosest(typed, known)).toBe(expected);
  });

  it.each([
    ['zed', ['john-doe', 'amina-rauf']],
    ['abcdef', ['abcxyz']],
    ['photographer', FIELDS],
    ['title', []],
  ])('suggests nothing for "%s" when no known name is near enough', (typed, known) => {
    expect(suggestClosest(typed, known)).toBeUndefined();
  });

  it('allows at most a third of the letters to differ', () => {
    // "abcdefghi" has 9 letters: 3 edits are a typo, 4 are a different word.
    expect(suggestClosest('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz');
    expect(suggestClosest('abcdefghi', ['abcdewxyz'])).toBeUndefined();
  });
});
