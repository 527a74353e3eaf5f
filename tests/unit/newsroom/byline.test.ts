import { describe, expect, it } from 'vitest';
import { joinNames, nameSeparator, readingTimeText } from '#src/newsroom/byline.ts';

describe('joinNames', () => {
  it.each([
    [['Amina Rauf'], 'Amina Rauf'],
    [['Amina Rauf', 'Daniel Okafor'], 'Amina Rauf and Daniel Okafor'],
    [['Amina Rauf', 'Daniel Okafor', 'Sana Iqbal'], 'Amina Rauf, Daniel Okafor and Sana Iqbal'],
    [['A', 'B', 'C', 'D'], 'A, B, C and D'],
  ])('joins %j as "%s"', (names, text) => {
    expect(joinNames(names)).toBe(text);
  });

  it('puts nothing before the first name', () => {
    expect(nameSeparator(0, 3)).toBe('');
  });
});

describe('readingTimeText', () => {
  it('says minutes to read', () => {
    expect(readingTimeText(4)).toBe('4 min read');
  });
});
