import { maskFences } from './article-references.ts';

/**
 * The 1-based line of the first HTML comment in a Markdown body that never closes, or
 * undefined. A line that starts with `<!--` opens an HTML block that runs until `-->`; without
 * one it hides the rest of the article (CommonMark), which writers rarely mean. Comments inside
 * fenced code are text and do not count.
 */
export function findUnclosedComment(markdown: string): number | undefined {
  const text = maskFences(markdown);
  const opening = /^ {0,3}<!--/gm;
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    // `<!-->` and `<!--->` close themselves, so the search for `-->` starts inside the opener.
    const close = text.indexOf('-->', match.index + match[0].length - 2);
    if (close === -1) return text.slice(0, match.index).split('\n').length;
    opening.lastIndex = close + 3;
  }
  return undefined;
}
