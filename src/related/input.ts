import { maskCode } from '../content/markdown/article-references.ts';
import type { DatedSource } from '../newsroom/published-sources.ts';
import { topicSlug } from '../newsroom/topics.ts';
import type { RelatedArticle, TermCounts } from './types.ts';

/** An article as written, before rendering: what the engine's input is built from. */
export interface RelatedSource {
  slug: string;
  title: string;
  /** The writer's own summary, if any (a fallback would repeat the body). */
  summary: string | undefined;
  /** Markdown body. */
  body: string;
  tags: readonly string[];
  author: string;
  city: string;
  published: Date;
}

/**
 * The engine's input for an article. The build and `npm run related` both call this on the
 * Markdown, so an editor's explanation shows the very scores the pages use.
 */
export function toRelatedArticle(source: RelatedSource, terms?: TermCounts): RelatedArticle {
  const article = {
    slug: source.slug,
    tags: source.tags.map(topicSlug),
    author: source.author,
    city: source.city.trim().toLowerCase(),
    published: source.published.getTime(),
    headline: [source.title, source.summary ?? ''].join('\n'),
  };
  // Words already counted need no plain text.
  if (terms) return { ...article, text: '', terms };
  return { ...article, text: [source.title, source.summary ?? '', markdownToPlainText(source.body)].join('\n') };
}

/** The engine's input for a checked, published article file (the build and `npm run related`). */
export function relatedArticleOf({ slug, published, source }: DatedSource, terms?: TermCounts): RelatedArticle {
  const { data } = source;
  return toRelatedArticle(
    {
      slug,
      title: data.title,
      summary: data.summary,
      body: source.body,
      tags: data.tags,
      // The engine's same-author signal compares the first-named author, whose story it is.
      author: typeof data.author === 'string' ? data.author : (data.author[0] ?? ''),
      city: data.city,
      published,
    },
    terms,
  );
}

/**
 * Rough plain text of Markdown for word statistics: drops code, HTML tags, link targets,
 * `[[slug]]` references and Markdown punctuation, keeps the words readers see.
 */
export function markdownToPlainText(markdown: string): string {
  return maskCode(markdown)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[\[[^\]]*\]\]/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^ {0,3}\[[^\]]+\]:.*$/gm, ' ')
    .replace(/&[a-z]+;|&#x?[0-9a-f]+;/gi, ' ')
    .replace(/[#*_>~|\\-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
