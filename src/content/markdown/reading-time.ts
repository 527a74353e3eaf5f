/**
 * Reading time of an article, counted once per article when the loader renders its body and
 * kept with its data. Words are runs of text between whitespace: right for English and other
 * Latin-script languages, and for Urdu, which is written with a space between words (the
 * zero-width non-joiner inside a word is not whitespace, so a joined word counts once).
 * Scripts written without spaces (Chinese, Japanese, Thai) would count whole sentences as
 * one word; the newsroom publishes none.
 */
import { decodeHTML } from 'entities';

/** An adult's silent reading pace of news prose, in words per minute. */
export const WORDS_PER_MINUTE = 230;

/** The number of whitespace-separated words in plain text. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** The words of rendered HTML as a reader sees them: tags dropped, character references decoded. */
export function countHtmlWords(html: string): number {
  // Tags become spaces so that "<p>one</p><p>two</p>" counts two words; a regex rather than a
  // parse, as it runs on every changed body of the build.
  return countWords(decodeHTML(html.replace(/<[^>]*>/g, ' ')));
}

/** Whole minutes to read `words`, at least one: "1 min read" for a short item. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
