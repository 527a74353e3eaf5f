import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { create as openFont, type Font } from 'fontkit';

/**
 * Widths of card text. Measured with fontkit from the font files fontconfig picks for the
 * card's families, the files librsvg draws with, so a line is wrapped where it really ends.
 * Without fontconfig or a readable font, widths fall back to a per-character estimate.
 */

/** Measures a piece of text of one face at `fontSize` pixels. */
export type TextWidth = (text: string, fontSize: number) => number;

/**
 * The file fontconfig picks for the first of `families` it has, at a weight: the one librsvg
 * draws the same text with.
 */
export function cardFontFile(families: readonly string[], bold: boolean): string {
  const pattern = `${families.join(',')}:weight=${bold ? 'bold' : 'regular'}`;
  return execFileSync('fc-match', ['--format=%{file}', pattern], { encoding: 'utf8' });
}

/** A face's width function, made once per process. */
const faces = new Map<string, TextWidth>();

/** A face's font; undefined when fontconfig cannot name its file or fontkit cannot read it. */
function loadFace(families: readonly string[], bold: boolean): Font | undefined {
  try {
    const font = openFont(readFileSync(cardFontFile(families, bold)));
    // A collection (.ttc) has no layout of its own; a variable font's default is regular.
    if (!('layout' in font)) return undefined;
    return font.variationAxes['wght'] ? font.getVariation({ wght: bold ? 700 : 400 }) : font;
  } catch {
    return undefined;
  }
}

/**
 * Width in pixels of text in a face: the sum of fontkit's advance widths of the shaped words
 * (kerning, ligatures and joining forms included) and the spaces between them. Words are laid
 * out once per process, as wrapping measures the same words again and again. A word with a
 * character the font has no glyph for (librsvg then draws it from another font), and every word
 * when the font cannot be loaded (no fontconfig, say), is estimated instead.
 */
export function textWidthIn(families: readonly string[], bold: boolean): TextWidth {
  const key = `${families.join(',')}:${bold}`;
  let measure = faces.get(key);
  if (!measure) {
    measure = fontTextWidth(loadFace(families, bold));
    faces.set(key, measure);
  }
  return measure;
}

function fontTextWidth(font: Font | undefined): TextWidth {
  // No font file to measure with: the estimate keeps cards drawable, if less snugly wrapped.
  if (!font) return estimateTextWidth;
  const words = new Map<string, number | undefined>();
  const unitsOf = (word: string): number | undefined => {
    if (!words.has(word)) {
      const drawable = [...word].every((char) => font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
      words.set(word, drawable ? font.layout(word).advanceWidth : undefined);
    }
    return words.get(word);
  };
  const space = unitsOf(' ') ?? 0;
  return (text, fontSize) => {
    const scale = fontSize / font.unitsPerEm;
    let width = 0;
    for (const [index, word] of text.split(' ').entries()) {
      const units = unitsOf(word);
      width += (units === undefined ? estimateTextWidth(word, fontSize) : units * scale) + (index > 0 ? space * scale : 0);
    }
    return width;
  };
}

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

/** Estimated width in pixels of `text` set at `fontSize` pixels: the fallback without fonts. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize;
}
