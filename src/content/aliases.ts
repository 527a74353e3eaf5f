import type { ContentIssue } from './issues.ts';

/** An article's old slugs, as the checks need them. */
export interface AliasSource {
  file: string;
  slug: string;
  aliases: readonly string[];
  /** Line of the `aliases` field, for messages. */
  line: number | undefined;
}

/**
 * Old slugs that cannot redirect: one that is the slug of an article (its own or another's,
 * published or not: that URL belongs to the article) or an old slug of another article too
 * (it could only lead to one of them). Each message names both files. One pass with a map,
 * so it stays linear in the number of articles.
 */
export function findAliasConflicts(articles: readonly AliasSource[], slugFiles: ReadonlyMap<string, string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (article: AliasSource, message: string) =>
    issues.push({ file: article.file, line: article.line, field: 'aliases', message });
  const claimed = new Map<string, AliasSource>();
  for (const article of articles) {
    for (const alias of new Set(article.aliases)) {
      const owner = slugFiles.get(alias);
      if (alias === article.slug) {
        report(article, `"${alias}" is this article's own slug`);
      } else if (owner !== undefined) {
        report(article, `"${alias}" is the slug of ${owner}; an old slug must not be a live URL`);
      }
      const other = claimed.get(alias);
      if (other === undefined) {
        claimed.set(alias, article);
      } else if (other.file !== article.file) {
        report(article, `"${alias}" is also an old slug of ${other.file}`);
        report(other, `"${alias}" is also an old slug of ${article.file}`);
      }
    }
  }
  return issues;
}
