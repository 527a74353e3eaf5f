import { z } from 'astro/zod';
import { dateField, idField, languageField, plainTextField, textField, topicNameField } from './fields.ts';
import { checkedFrontmatter, withImageField } from './image-field.ts';

/** Plausible surface air temperatures in °C; outside this a value is a typo. */
export const TEMPERATURE_RANGE = { min: -90, max: 60 } as const;

/**
 * Frontmatter of `content/articles/**\/*.md`, with the image as the path the writer typed (which
 * `articleSchemaWithImage` resolves in the build). The slug is the file name; folders only file.
 */
export const articleFrontmatterSchema = z
  .strictObject({
    /** Headline. */
    title: textField,
    /** Publication date: a calendar day in the site's zone, or a date-time with offset. */
    dateline: dateField,
    /** The city the story is filed from; shown in the top bar and the lead. */
    city: textField,
    /** Temperature in °C at the dateline city; the top bar omits it when absent. */
    temperature: z
      .number({ error: 'must be a number of °C, like 31.6' })
      .min(TEMPERATURE_RANGE.min, `must be at least ${TEMPERATURE_RANGE.min} °C`)
      .max(TEMPERATURE_RANGE.max, `must be at most ${TEMPERATURE_RANGE.max} °C`)
      .optional(),
    /** Id of a file in `content/authors/`. */
    author: idField,
    /** Topic names; each gets a topic page at `/tag/<slug>/`. */
    tags: z.array(topicNameField).default([]),
    /** One or two sentences for lists, feeds and search; falls back to the first paragraph. */
    summary: textField.optional(),
    /** Lead image, relative to the Markdown file (inside the content folder). */
    image: plainTextField.optional(),
    /** Text alternative of the lead image; required with `image`. */
    imageAlt: textField.optional(),
    /** Date of the last substantial update. */
    updated: dateField.optional(),
    /** A draft is published nowhere and reported by the build. */
    draft: z.boolean({ error: 'must be true or false' }).default(false),
    /** Language of the article (BCP 47); `ur` renders right-to-left. Defaults to the site's. */
    lang: languageField.optional(),
    /**
     * Old slugs of a renamed article: each old URL (`/news/<old>/`) redirects to the article.
     * An old slug may not be any article's slug nor another article's old slug.
     */
    aliases: z.array(idField, { error: 'must be a list of old slugs, like [old-slug]' }).optional(),
  })
  .refine((data) => data.image === undefined || data.imageAlt !== undefined, {
    path: ['imageAlt'],
    message: 'is required when an image is given (describe the picture for readers who cannot see it)',
  });

export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;

/**
 * The article schema for Astro's collection: the frontmatter as the content check passed it
 * (checked there, once, for `npm run check` and the build alike), with the lead image resolved
 * by `image()`.
 */
export function articleSchemaWithImage<Image extends z.ZodType>(imageField: Image) {
  return withImageField(checkedFrontmatter<ArticleFrontmatter>(), 'image', imageField);
}
