/**
 * Characters no page or feed may carry: the C0 controls but tab, line feed and carriage return,
 * DEL, the C1 controls, and the noncharacters U+FFFE and U+FFFF. XML 1.0 forbids most of them
 * (one makes a whole feed ill-formed, and feed readers drop it) and HTML calls all of them parse
 * errors. They reach content by copying from other programs and are invisible in most editors.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** A character as writers can search for it: `U+001B`. */
function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first forbidden character of `text` (or a lone surrogate, which no encoder can write),
 * named as `U+001B`; undefined when the text is clean.
 */
export function findForbiddenCharacter(text: string): string | undefined {
  const match = text.match(FORBIDDEN);
  if (match) return codePoint(match[0]);
  return text.isWellFormed() ? undefined : 'a lone surrogate (half of an emoji or other character)';
}

/** Every forbidden character of `text` with its 1-based line, in order. */
export function findForbiddenCharacters(text: string): { character: string; line: number }[] {
  const found: { character: string; line: number }[] = [];
  for (const match of text.matchAll(FORBIDDEN)) {
    found.push({ character: codePoint(match[0]), line: countLines(text, match.index) });
  }
  return found;
}

/** `text` without its forbidden characters and with lone surrogates replaced by U+FFFD. */
export function removeForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN, '').toWellFormed();
}

function countLines(text: string, end: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) line++;
  return line;
}
