/** Width in pixels of a piece of text; the card passes the font's, tests a simple one. */
export type MeasureText = (text: string) => number;

export interface WrappedText {
  lines: string[];
  /** True when the text did not fit in the lines allowed and the last line ends with "…". */
  truncated: boolean;
}

const ELLIPSIS = '…';

/**
 * Breaks `text` into lines no wider than `maxWidth`, word by word (greedy, like a browser), at
 * most `maxLines` of them; the last line allowed ends with "…" when text is left over. A word
 * wider than a whole line is split between characters. Runs of whitespace count as one space.
 */
export function wrapLines(text: string, maxWidth: number, maxLines: number, measure: MeasureText): WrappedText {
  const words = text.split(/\s+/u).filter(Boolean).flatMap((word) => splitLongWord(word, maxWidth, measure));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line === '' || measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = withEllipsis(kept.at(-1) ?? '', maxWidth, measure);
  return { lines: kept, truncated: true };
}

/** A word wider than a line, cut into pieces that each fit (at least one character each). */
function splitLongWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  if (measure(word) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** The line with "…" appended, dropping words (or characters of a lone word) until it fits. */
function withEllipsis(line: string, maxWidth: number, measure: MeasureText): string {
  let words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}${ELLIPSIS}`) > maxWidth) words = words.slice(0, -1);
  let kept = words.join(' ');
  while (kept.length > 1 && measure(`${kept}${ELLIPSIS}`) > maxWidth) kept = [...kept].slice(0, -1).join('');
  return `${kept.replace(/[\s,.;:–—-]+$/u, '')}${ELLIPSIS}`;
}
