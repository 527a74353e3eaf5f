import { STOPWORDS } from './stopwords.ts';

// Marks belong inside words (Devanagari vowel signs are \p{M}). A token needs a letter, so
// bare numbers such as years and counts never match.
const TOKEN = /\p{N}*[\p{L}\p{M}][\p{L}\p{N}\p{M}]*/gu;
// Optional Arabic-script vowel marks, the tatweel stretch and zero-width (non-)joiners change how
// a word looks, not which word it is; removing them lets both spellings match.
const IGNORABLE = /[\u064B-\u065F\u0670\u0640\u200C\u200D]/g;

/**
 * Splits text into lowercase word tokens in any script (letters, digits and combining marks),
 * dropping stopwords, numbers and tokens shorter than `minLength` UTF-16 units.
 */
export function tokenize(text: string, minLength: number): string[] {
  const words = text.normalize('NFKC').replace(IGNORABLE, '').toLowerCase().match(TOKEN) ?? [];
  return words.filter((word) => word.length >= minLength && !STOPWORDS.has(word));
}
