import { articleFrontmatterSchema, type ArticleFrontmatter } from '#src/content/schemas/article.ts';
import type { ValidSource } from '#src/content/validate.ts';

/**
 * An article file as the content check passes it on: frontmatter parsed by the schema (title
 * = id, Karachi, author amina-rauf unless `fields` say otherwise) and a Markdown body.
 */
export function validArticleSource(id: string, fields: Record<string, unknown>, body = ''): ValidSource<ArticleFrontmatter> {
  const frontmatter = { title: id, city: 'Karachi', author: 'amina-rauf', ...fields };
  return {
    id,
    file: `content/articles/${id}.md`,
    data: articleFrontmatterSchema.parse(frontmatter),
    body,
    fieldLines: new Map(),
    bodyStartLine: 1,
  };
}
