import { z } from 'astro/zod';
import { dateField, idField, languageField, plainTextField, textField, topicNameField } from './fields.ts';
import { checkedFrontmatter, withImageField, withImageListField } from './image-field.ts';
import type { BodyPictureRecord } from '../markdown/body-pictures.ts';

/** Plausible surface air temperatures in °C; outside this a value is a typo. */
export const TEMPERATURE_RANGE = { min: -90, max: 60 } as const;

/** One correction: the day it was made and what was wrong, as readers should read it. */
export const correctionSchema = z.strictObject({
  /** The day the correction was made. */
  date: dateField,
  /** What was corrected, in a sentence or two. */
  text: textField,
});

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
    /**
     * Id of a file in `content/authors/`, or a list of ids for a story written together (the
     * byline names them in this order).
     */
    author: z.union([idField, z.array(idField, { error: 'must be an author id or a list of author ids' }).min(1, 'must name at least one author')], {
      error: 'must be an author id or a list of author ids, like [amina-rauf, daniel-okafor]',
    }),
    /** Topic names; each gets a topic page at `/tag/<slug>/`. */
    tags: z.array(topicNameField).default([]),
    /** One or two sentences for lists, feeds and search; falls back to the first paragraph. */
    summary: textField.optional(),
    /** Lead image, relative to the Markdown file (inside the content folder). */
    image: plainTextField.optional(),
    /** Text alternative of the lead image; required with `image`. */
    imageAlt: textField.optional(),
    /** What the lead image shows, printed under it. */
    imageCaption: textField.optional(),
    /** Who made the lead image ("Sana Iqbal/TDI"), printed after the caption, set apart from it. */
    imageCredit: textField.optional(),
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
    /** Corrections of facts, oldest first: each shown at the end of the article with its date. */
    corrections: z
      .array(correctionSchema, { error: 'must be a list of corrections, each with a date and a text' })
      .optional(),
  })
  .refine((data) => data.image === undefined || data.imageAlt !== undefined, {
    path: ['imageAlt'],
    message: 'is required when an image is given (describe the picture for readers who cannot see it)',
  })
  .refine((data) => data.image !== undefined || data.imageCredit === undefined, {
    path: ['imageCredit'],
    message: 'credits a lead image, but the article has none: add an image or delete the credit',
  })
  .refine((data) => data.image !== undefined || data.imageCaption === undefined, {
    path: ['imageCaption'],
    message: 'describes a lead image, but the article has none: add an image or delete the caption',
  })
  .refine((data) => typeof data.author === 'string' || new Set(data.author).size === data.author.length, {
    path: ['author'],
    message: 'names the same author twice',
  });

/** The author ids of an article's frontmatter, in byline order, whether it names one or several. */
export function authorIds(author: string | readonly string[]): string[] {
  return typeof author === 'string' ? [author] : [...author];
}

export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;

/** What the articles loader adds to the checked frontmatter from the rendered body. */
export type LoaderFields = {
  /** Minutes to read the body (content/markdown/reading-time.ts). */
  readingMinutes?: number | undefined;
  /** Pictures beside the Markdown file that the body shows, in order (content/markdown/body-pictures.ts). */
  bodyPictures?: BodyPictureRecord[] | undefined;
};

/**
 * The article schema for Astro's collection: the frontmatter as the content check passed it
 * (checked there, once, for `npm run check` and the build alike), with the lead image and the
 * body pictures resolved by `image()`.
 */
export function articleSchemaWithImage<Image extends z.ZodType>(imageField: Image) {
  return withImageListField(withImageField(checkedFrontmatter<ArticleFrontmatter & LoaderFields>(), 'image', imageField), 'bodyPictures', imageField);
}
