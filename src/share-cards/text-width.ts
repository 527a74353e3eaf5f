/**
 * Estimated advance widths, in em, of the fonts the social card draws with, measured once from
 * Noto Serif Bold and Noto Nastaliq Urdu renderings. Estimates err wide: a line that wraps a
 * word early looks fine, a line running off the card does not.
 */
const NARROW = new Set([...'ijlI.,:;\'!|‘’`']);
const SEMI_NARROW = new Set([...'frtJ()[]-/"“”']);
const WIDE = new Set([...'mwMW%&@—']);
const ROUND_LOWER = new Set([...'bdhknopquvx']);

const EM = {
  space: 0.26,
  narrow: 0.36,
  semiNarrow: 0.46,
  wide: 1.07,
  upper: 0.79,
  roundLower: 0.67,
  lower: 0.59,
  digit: 0.56,
  /** Arabic script in Nastaliq or Naskh: 0.42–0.46 em a character, joined, on average. */
  arabic: 0.48,
  /** Han, kana, Hangul and emoji: a full em. */
  full: 1,
  other: 0.65,
};

function charWidth(char: string): number {
  if (/\s/u.test(char)) return EM.space;
  if (NARROW.has(char)) return EM.narrow;
  if (SEMI_NARROW.has(char)) return EM.semiNarrow;
  if (WIDE.has(char)) return EM.wide;
  if (char >= 'A' && char <= 'Z') return EM.upper;
  if (ROUND_LOWER.has(char)) return EM.roundLower;
  if (char >= 'a' && char <= 'z') return EM.lower;
  if (char >= '0' && char <= '9') return EM.digit;
  if (/\p{Script=Arabic}/u.test(char)) return EM.arabic;
  // Combining marks (Urdu vowel signs, accents) sit on the letter before them.
  if (/\p{M}/u.test(char)) return 0;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}]/u.test(char)) {
    return EM.full;
  }
  return EM.other;
}

/** Estimated width in pixels of `text` set at `fontSize` pixels. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize;
}
