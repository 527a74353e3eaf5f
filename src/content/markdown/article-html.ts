import { decodeHTML } from 'entities';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Puts the wire-style dateline lead, "Istanbul (TDI): ", at the start of the first paragraph,
 * as news agencies print it. The city and agency are escaped; a body that does not open with a
 * paragraph gets the lead as a paragraph of its own.
 */
export function addDatelineLead(html: string, city: string, agency: string): string {
  const lead = `<span class="dateline-lead">${escapeHtml(city)} (${escapeHtml(agency)}):</span> `;
  const firstParagraph = /^(\s*)<p>/.exec(html);
  if (firstParagraph) return `${firstParagraph[1]}<p>${lead}${html.slice(firstParagraph[0].length)}`;
  return `<p>${lead.trimEnd()}</p>\n${html}`;
}

/** Plain text of the first non-empty paragraph of rendered HTML: the summary fallback. */
export function firstParagraphText(html: string): string {
  for (const match of html.matchAll(/<p[\s>][\s\S]*?<\/p>/g)) {
    const text = decodeHTML(match[0].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (text !== '') return text;
  }
  return '';
}
