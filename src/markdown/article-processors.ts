import type { Root } from 'hast';
import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import rehypeRaw from 'rehype-raw';
import { makeArticleHtmlSafe } from '../lib/markdown/article-safety.ts';

/** The Markdown processors the site can render articles with; see the README's measurements. */
export const ARTICLE_PROCESSORS = ['satteri', 'unified'] as const;
export type ArticleProcessorName = (typeof ARTICLE_PROCESSORS)[number];

/**
 * Astro's Markdown processor for articles, with the same safety step in either:
 * Sätteri (Rust) parses raw HTML into the tree itself; unified (remark/rehype) needs rehype-raw.
 * Smart punctuation is off: writers type their own typographic quotes.
 */
export function articleMarkdownProcessor(name: ArticleProcessorName): MarkdownProcessor {
  if (name === 'unified') {
    return unified({
      smartypants: false,
      rehypePlugins: [rehypeRaw, () => (tree: Root) => makeArticleHtmlSafe(tree)],
    });
  }
  return satteri({
    features: { gfm: true, rawHtml: true, smartPunctuation: false },
    hastPlugins: [
      {
        name: 'newsroom-article-safety',
        after(root, context) {
          context.replaceNode(root, makeArticleHtmlSafe(root as Root));
        },
      },
    ],
  });
}

/** The processor named by `MARKDOWN_PROCESSOR`, or the default. */
export function articleProcessorFromEnv(value: string | undefined): ArticleProcessorName {
  if (value === undefined || value === '') return 'satteri';
  if ((ARTICLE_PROCESSORS as readonly string[]).includes(value)) return value as ArticleProcessorName;
  throw new Error(`MARKDOWN_PROCESSOR must be one of ${ARTICLE_PROCESSORS.join(', ')}, got "${value}"`);
}
