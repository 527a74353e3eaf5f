import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { ARTICLE_REFERENCE, maskCode } from './article-references.ts';

/** A link or image reference found in an article body. */
export interface BodyLink {
  /** The address as the browser gets it: character references decoded. */
  url: string;
  /** 1-based line within the body. */
  line: number;
  kind: 'link' | 'image' | 'reference';
  /** What a Markdown image says besides its address; absent for links and HTML `<img>`. */
  picture?: { alt: string; title: string | undefined };
}

// Link text may wrap onto the next line, but a blank line ends the paragraph.
const TEXT = String.raw`(?:[^\]\\\n]|\\.|\n(?![ \t]*\n))*`;
const DESTINATION = String.raw`\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)`;
// An image's parts are read: its alt text, its address (in angle brackets it may hold spaces)
// and its title in any of Markdown's three quotings.
const TITLE = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)`;
const IMAGE = new RegExp(String.raw`!\[(${TEXT})\]\(\s*(?:<([^<>\n]*)>|([^)\s<>]*))(?:\s+(${TITLE}))?\s*\)`, 'g');
const LINK = new RegExp(String.raw`\[${TEXT}\]${DESTINATION}`, 'g');
// Footnote definitions (`[^1]: …`) are not links.
const DEFINITION = /^ {0,3}\[(?!\^)[^\]\n]+\]:\s*<?([^\s>]+)>?/gm;
const HTML_ATTRIBUTE = /<(a|img|iframe)\b[^>]*?\s(?:href|src)\s*=\s*["']([^"']*)["']/gi;

/**
 * Every link, image and `[[slug]]` reference in a Markdown body, outside code, with its line.
 * A scan rather than a full parse: the content check runs it on every article in well under a
 * millisecond each, where a Markdown parser would take several.
 */
export function extractBodyLinks(markdown: string): BodyLink[] {
  const text = maskCode(markdown);
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const links: BodyLink[] = [];
  // Markdown decodes character references in link destinations (`&#106;avascript:`), as HTML
  // does in attribute values: the checks must see the address the reader's browser gets.
  for (const match of text.matchAll(IMAGE)) {
    const [, alt = '', bracketed, bare, title] = match;
    const picture = { alt: unescapeMarkdown(alt), title: title === undefined ? undefined : unescapeMarkdown(title.slice(1, -1)) };
    links.push({ url: decodeHTML(bracketed ?? bare ?? ''), line: lineAt(match.index), kind: 'image', picture });
  }
  // Images are blanked before links are read, so a linked image `[![a](x.jpg)](/news/y/)` yields both.
  const withoutImages = text.replace(IMAGE, (image) => image.replace(/[^\n]/g, ' '));
  for (const match of withoutImages.matchAll(LINK)) links.push({ url: decodeHTML(match[1] ?? ''), line: lineAt(match.index), kind: 'link' });
  for (const match of text.matchAll(DEFINITION)) links.push({ url: decodeHTML(match[1] ?? ''), line: lineAt(match.index), kind: 'link' });
  for (const match of text.matchAll(HTML_ATTRIBUTE)) {
    const kind = match[1]?.toLowerCase() === 'img' ? 'image' : 'link';
    links.push({ url: decodeHTMLAttribute(match[2] ?? ''), line: lineAt(match.index), kind });
  }
  for (const match of text.matchAll(ARTICLE_REFERENCE)) {
    links.push({ url: match[1] ?? '', line: lineAt(match.index), kind: 'reference' });
  }
  return links.sort((a, b) => a.line - b.line);
}

/** Markdown text as a reader gets it: backslash escapes and character references resolved. */
function unescapeMarkdown(text: string): string {
  return decodeHTML(text.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
}

/** True for a link into this site: root-relative or relative, not a fragment, mail or other scheme. */
export function isInternalUrl(url: string): boolean {
  if (url === '' || url.startsWith('#') || url.startsWith('//')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(url);
}
