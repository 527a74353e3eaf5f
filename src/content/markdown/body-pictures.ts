import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { isInternalUrl } from './extract-links.ts';

/**
 * Body pictures: a picture beside the Markdown file, written `![alt](./chart.png "Caption")`,
 * is shown as a responsive `<picture>` like the lead image. Three steps, each where its input is:
 * the safety step marks each one (`markBodyPictures`, so Astro's own Markdown image handling
 * leaves it alone), the loader records them in the entry's data and leaves a token in the cached
 * HTML (`collectBodyPictures`), and pages and feeds put their markup in place of each token
 * (`splitAtBodyPictures`, `replaceBodyPictures`).
 */

/**
 * The title that marks a picture as decorative, for a writer who leaves the alt text empty on
 * purpose: `![](./rule.png "decorative")`. It renders with `alt=""` and no caption.
 */
export const DECORATIVE_TITLE = 'decorative';

/** True when a picture's Markdown title marks it as decorative (any case, spaces around ignored). */
export function isDecorativeTitle(title: string | undefined): boolean {
  return title?.trim().toLowerCase() === DECORATIVE_TITLE;
}

/** A picture's address that points to a file beside the Markdown: relative, with no scheme. */
export function isBodyPicturePath(src: string): boolean {
  return isInternalUrl(src) && !src.startsWith('/');
}

/**
 * The element the safety step leaves in place of a body picture. A writer cannot write it: the
 * sanitizer runs first and drops unknown elements; and it is no `<img>`, which Astro's Markdown
 * processors would mark for their own image handling.
 */
const MARK = 'newsroom-picture';

/**
 * Replaces each `<img>` whose `src` is a path beside the Markdown file with the body-picture
 * mark, keeping its address, alt text and title. Runs after the sanitizer, on a clean tree.
 */
export function markBodyPictures(tree: Root): void {
  const visit = (parent: Root | Element) => {
    parent.children.forEach((child, index) => {
      if (child.type !== 'element') return;
      const src = child.properties['src'];
      if (child.tagName === 'img' && typeof src === 'string' && isBodyPicturePath(src)) {
        const { alt, title } = child.properties;
        parent.children[index] = {
          type: 'element',
          tagName: MARK,
          properties: { src, alt: typeof alt === 'string' ? alt : '', ...(typeof title === 'string' ? { title } : {}) },
          children: [],
        };
      } else {
        visit(child);
      }
    });
  };
  visit(tree);
}

/** A body picture as the loader records it in the entry's data; `src` is what Astro's `image()` resolves. */
export interface BodyPictureRecord {
  /** The path as written, decoded, relative to the Markdown file. */
  src: string;
  /** Text alternative; empty for a decorative picture. */
  alt: string;
  /** The Markdown title, printed under the picture; absent for a decorative picture. */
  caption?: string | undefined;
  /** True when the picture stands alone in its paragraph: it becomes a `<figure>` there. */
  figure: boolean;
}

/** A comment the sanitizer cannot let a writer produce (it drops every comment). */
const TOKEN_PREFIX = 'newsroom-picture ';
const TOKEN = /<!--newsroom-picture (\d+)-->/g;

/**
 * The body pictures of rendered article HTML, in document order, with the HTML in which each
 * is a token. A picture alone in its paragraph takes the paragraph's place, as a figure may not
 * sit inside a paragraph. HTML without marks is returned as it is, unparsed.
 */
export function collectBodyPictures(html: string): { html: string; pictures: BodyPictureRecord[] } {
  if (!html.includes(`<${MARK}`)) return { html, pictures: [] };
  const tree = fromHtml(html, { fragment: true });
  const pictures: BodyPictureRecord[] = [];
  const token = (mark: Element, figure: boolean): RootContent => {
    const { src, alt, title } = mark.properties;
    const decorative = isDecorativeTitle(typeof title === 'string' ? title : undefined);
    const caption = typeof title === 'string' && title.trim() !== '' && !decorative ? title.trim() : undefined;
    pictures.push({ src: decodePicturePath(String(src)), alt: decorative ? '' : String(alt ?? ''), caption, figure });
    return { type: 'comment', value: `${TOKEN_PREFIX}${pictures.length - 1}` };
  };
  const visit = (parent: Root | Element) => {
    parent.children = parent.children.map((child): RootContent => {
      if (child.type !== 'element') return child;
      if (child.tagName === MARK) return token(child, false);
      const alone = child.tagName === 'p' ? onlyMark(child) : undefined;
      if (alone) return token(alone, true);
      visit(child);
      return child;
    }) as ElementContent[];
  };
  visit(tree);
  return { html: toHtml(tree), pictures };
}

/** The mark that is a paragraph's only content but white space, if it is. */
function onlyMark(paragraph: Element): Element | undefined {
  const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = content;
  return content.length === 1 && only?.type === 'element' && only.tagName === MARK ? only : undefined;
}

/**
 * The HTML cut at each picture token: HTML strings, with the picture's index between them, for
 * a page that renders each picture as a component. The pieces need not be balanced HTML: put
 * back together in order they are the body.
 */
export function splitAtBodyPictures(html: string): (string | number)[] {
  const pieces: (string | number)[] = [];
  let last = 0;
  for (const match of html.matchAll(TOKEN)) {
    pieces.push(html.slice(last, match.index), Number(match[1]));
    last = match.index + match[0].length;
  }
  pieces.push(html.slice(last));
  return pieces;
}

/** The HTML with each picture token replaced by `markup(index)`. */
export function replaceBodyPictures(html: string, markup: (index: number) => string): string {
  return html.replace(TOKEN, (_token, index: string) => markup(Number(index)));
}

/** A picture's address as a file path: percent-encoding decoded (a malformed one kept as written). */
export function decodePicturePath(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
