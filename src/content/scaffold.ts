import yaml from 'js-yaml';
import type { SlugOptions } from '../newsroom/topics.ts';

/** Slug rules of a new article's file: ASCII, at most 80 characters (see `slugify`). */
export const ARTICLE_SLUG = { ascii: true, maxLength: 80 } as const satisfies SlugOptions;

/** `base`, or `base-2`, `base-3`… : the first slug `isTaken` says is free. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}

export interface NewArticle {
  title: string;
  /** `YYYY-MM-DD`, today in the site's zone. */
  dateline: string;
  author: string;
  city: string | undefined;
  tags: readonly string[];
}

/**
 * A new article's Markdown: the given fields filled in, the rest present and marked. Blank
 * required fields fail the check until the writer fills them, and `draft: true` keeps the
 * article off the site until it is ready.
 */
export function renderArticleTemplate(article: NewArticle): string {
  const value = (data: unknown) => yaml.dump(data, { flowLevel: 0, lineWidth: -1 }).trimEnd();
  const lines = [
    '---',
    `title: ${value(article.title)}`,
    `dateline: ${value(article.dateline)}`,
    article.city ? `city: ${value(article.city)}` : `city: "" # TO FILL: the city the story is filed from`,
    '# temperature: 31.6 # optional, °C at the city',
    `author: ${value(article.author)}`,
    `tags: ${value([...article.tags])}`,
    `summary: "" # TO FILL: one or two sentences, at most 160 characters (or delete this line)`,
    '# image: ./photo.jpg # optional, beside this file, at least 1200 px wide',
    '# imageAlt: "" # required with image: what the photo shows',
    'draft: true # delete this line to publish',
    '---',
    '',
    'TO FILL: the lead paragraph. The site prints the city and agency before it.',
    '',
    '**Read More:** [[another-article-slug]]',
    '',
  ];
  return lines.join('\n');
}
