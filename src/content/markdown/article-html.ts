import { escapeText } from 'entities';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

/**
 * Puts the wire-style dateline lead, "Istanbul (TDI): ", at the start of the first paragraph,
 * as news agencies print it. The city and agency are escaped as HTML text; a body that does not
 * open with a paragraph gets the lead as a paragraph of its own.
 */
export function addDatelineLead(html: string, city: string, agency: string): string {
  const lead = `<span class="dateline-lead">${escapeText(city)} (${escapeText(agency)}):</span> `;
  // Kept as a regular expression: it runs on every article page, where parsing the body took
  // hundreds of times longer (docs/performance.md, "Hand-written helpers kept").
  const firstParagraph = /^(\s*)<p>/.exec(html);
  if (firstParagraph) return `${firstParagraph[1]}<p>${lead}${html.slice(firstParagraph[0].length)}`;
  return `<p>${lead.trimEnd()}</p>\n${html}`;
}

/** Plain text of the first non-empty paragraph of rendered HTML: the summary fallback. */
export function firstParagraphText(html: string): string {
  for (const paragraph of paragraphs(fromHtml(html, { fragment: true }))) {
    const text = toString(paragraph).replace(/\s+/g, ' ').trim();
    if (text !== '') return text;
  }
  return '';
}

/** Every `<p>` of a tree, in document order. */
function* paragraphs(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element' && node.tagName === 'p') yield node;
  if ('children' in node) for (const child of node.children) yield* paragraphs(child);
}
