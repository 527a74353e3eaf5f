import { z } from 'astro/zod';
import { textField, webUrlField } from './fields.ts';

/** Social profiles shown in the author box; each a full URL. */
export const socialLinksSchema = z.strictObject({
  x: webUrlField.optional(),
  facebook: webUrlField.optional(),
  instagram: webUrlField.optional(),
  linkedin: webUrlField.optional(),
  youtube: webUrlField.optional(),
  mastodon: webUrlField.optional(),
});

/**
 * Frontmatter of `content/authors/<id>.md`; the file name is the id and the body is the bio.
 * `imageField` is Astro's `image()` in the build and a plain string in `npm run check`.
 */
export function createAuthorSchema<TImage extends z.ZodType>(imageField: TImage) {
  return z.strictObject({
    /** Name as printed in bylines. */
    name: textField,
    /** The author's own site. */
    url: webUrlField.optional(),
    /** Portrait, relative to the Markdown file. */
    avatar: imageField.optional(),
    /** Social profiles. */
    social: socialLinksSchema.default({}),
  });
}

/** The author schema with the avatar as the path the writer typed. */
export const authorFrontmatterSchema = createAuthorSchema(z.string());

export type AuthorFrontmatter = z.output<typeof authorFrontmatterSchema>;
