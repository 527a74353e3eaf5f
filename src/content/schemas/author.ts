import { z } from 'astro/zod';
import { plainTextField, textField, webUrlField } from './fields.ts';
import { checkedFrontmatter, withImageField } from './image-field.ts';

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
 * Frontmatter of `content/authors/<id>.md`, with the avatar as the path the writer typed (which
 * `authorSchemaWithImage` resolves in the build); the file name is the id and the body is the bio.
 */
export const authorFrontmatterSchema = z.strictObject({
  /** Name as printed in bylines. */
  name: textField,
  /** The author's own site. */
  url: webUrlField.optional(),
  /** Portrait, relative to the Markdown file. */
  avatar: plainTextField.optional(),
  /** Social profiles. */
  social: socialLinksSchema.default({}),
});

export type AuthorFrontmatter = z.output<typeof authorFrontmatterSchema>;

/** The author schema for Astro's collection: the checked frontmatter, the avatar resolved by `image()`. */
export function authorSchemaWithImage<Image extends z.ZodType>(imageField: Image) {
  return withImageField(checkedFrontmatter<AuthorFrontmatter>(), 'avatar', imageField);
}
