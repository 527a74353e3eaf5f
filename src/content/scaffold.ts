import yaml from 'js-yaml';

// Latin letters that Unicode does not decompose into a base letter and a mark.
const LATIN_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

/**
 * A URL slug from a headline: ASCII letters and digits joined by hyphens, accents dropped and
 * other Latin letters spelled out ("Łódź" → "lodz"), cut at a word boundary to `maxLength`.
 * Letters of other scripts are dropped, so an Urdu-only headline gives "" (the caller picks).
 */
export function slugFromHeadline(headline: string, maxLength = 80): string {
  const slug = headline
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (letter) => LATIN_LETTERS[letter] ?? letter)
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  if (slug[maxLength] === '-') return slug.slice(0, maxLength);
  const cut = slug.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

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
