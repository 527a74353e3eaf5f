/**
 * Read More cross-links: `[[slug]]` in an article stands for a link to that article with its
 * current headline, so a renamed headline updates everywhere. Code spans and blocks are left alone.
 */
export const ARTICLE_REFERENCE = /\[\[([a-z0-9]+(?:-[a-z0-9]+)*)\]\]/g;

/** The slugs an article body references with `[[slug]]`, in order of first appearance. */
export function findArticleReferences(markdown: string): string[] {
  const slugs = new Set<string>();
  for (const match of maskCode(markdown).matchAll(ARTICLE_REFERENCE)) slugs.add(match[1] ?? '');
  return [...slugs];
}

/**
 * Replaces each `[[slug]]` with a Markdown link `[Headline](href)`; headlines are escaped so
 * their punctuation stays text. References to unknown slugs are left as written (the content
 * check reports them).
 */
export function expandArticleReferences(
  markdown: string,
  lookup: (slug: string) => { title: string; href: string } | undefined,
): string {
  const masked = maskCode(markdown);
  let result = '';
  let last = 0;
  for (const match of masked.matchAll(ARTICLE_REFERENCE)) {
    const target = lookup(match[1] ?? '');
    if (!target) continue;
    result += markdown.slice(last, match.index) + `[${escapeMarkdown(target.title)}](${target.href})`;
    last = match.index + match[0].length;
  }
  return result + markdown.slice(last);
}

/** Escapes Markdown punctuation so text renders literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, '\\$&');
}

/**
 * The Markdown with fenced code blocks, inline code spans and HTML comments blanked out (same
 * length, same newlines), so scanners skip what readers never see as links, yet keep offsets
 * and line numbers. An unclosed fence runs to the end, as in CommonMark.
 */
export function maskCode(markdown: string): string {
  return maskFences(markdown)
    .replace(/<!--[\s\S]*?(?:-->|(?![\s\S]))/g, blank)
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
}

/** The Markdown with only its fenced code blocks blanked out (same length, same newlines). */
export function maskFences(markdown: string): string {
  return markdown.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*(?:\n[\s\S]*?(?:\n {0,3}\1[^\n]*(?=\n|(?![\s\S]))|(?![\s\S]))|(?![\s\S]))/gm, blank);
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}
