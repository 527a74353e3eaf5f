import { describe, expect, it } from 'vitest';
import { countHtmlWords, countWords, readingMinutes, WORDS_PER_MINUTE } from '#src/content/markdown/reading-time.ts';

describe('countWords', () => {
  it.each([
    ['nothing', '', 0],
    ['only whitespace', ' \n\t ', 0],
    ['English with punctuation and line breaks', 'Ministers endorsed a rail\nand road corridor.', 7],
    ['Urdu, written with spaces between words', 'شہری انتظامیہ نے بارش کے بعد نالوں کی صفائی کی مہم شروع کر دی۔', 14],
    ['an Urdu word joined by a zero-width non-joiner', 'خوش\u200cنویسی اچھی ہے', 3],
    ['non-breaking spaces', 'one\u00a0two three', 3],
  ])('counts %s', (_label, text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('countHtmlWords', () => {
  it('counts the text a reader sees, not tags, attributes or entities', () => {
    expect(countHtmlWords('<p>Ships &amp; <a href="https://x.example/a b c">cranes</a></p><p>grew.</p>')).toBe(4);
  });

  it('separates words of adjacent blocks', () => {
    expect(countHtmlWords('<h2>One</h2><p>two</p>')).toBe(2);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [1, 1],
    [WORDS_PER_MINUTE, 1],
    [WORDS_PER_MINUTE * 4, 4],
    [Math.round(WORDS_PER_MINUTE * 4.6), 5],
  ])('gives %i words %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
