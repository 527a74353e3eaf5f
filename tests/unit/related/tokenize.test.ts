import { describe, expect, it } from 'vitest';
import { tokenize } from '#src/related/tokenize.ts';

describe('tokenize', () => {
  it.each([
    ['lowercases and splits on punctuation', 'Floods: SINDH, relief-camps!', ['floods', 'sindh', 'relief', 'camps']],
    ['drops English stopwords', 'The floods in Sindh and the relief', ['floods', 'sindh', 'relief']],
    ['drops tokens shorter than the minimum', 'a UN EU x-ray', ['un', 'eu', 'ray']],
    ['drops bare numbers but keeps words with digits', 'In 2024 the G20 met 3 times', ['g20', 'met', 'times']],
    ['keeps Urdu words and drops Urdu stopwords', 'کراچی میں شدید بارش', ['کراچی', 'شدید', 'بارش']],
    ['ignores optional Arabic-script vowel marks', 'کَراچی', ['کراچی']],
    ['keeps Devanagari vowel signs inside words', 'मुंबई में बारिश', ['मुंबई', 'में', 'बारिश']],
    ['folds compatibility forms (NFKC)', 'ﬁnance', ['finance']],
  ])('%s', (_name, text, expected) => {
    expect(tokenize(text, 2)).toEqual(expected);
  });

  it.each([
    [1, ['x', 'ray', 'un']],
    [3, ['ray']],
  ])('honours a minimum length of %i', (minLength, expected) => {
    expect(tokenize('x-ray UN', minLength)).toEqual(expected);
  });
});
