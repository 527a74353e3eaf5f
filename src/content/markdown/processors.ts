import type { Element, Root } from 'hast';
import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import type { HastVisitorContext } from 'satteri';
import rehypeRaw from 'rehype-raw';
import { makeArticleHtmlSafe } from './article-safety.ts';

/** The Markdown processors the site can render articles with; see docs/performance.md for the measurements. */
export const ARTICLE_PROCESSORS = ['satteri', 'unified'] as const;
export type ArticleProcessorName = (typeof ARTICLE_PROCESSORS)[number];

/**
 * Astro's Markdown processor for articles, with the same safety step in either:
 * Sätteri (Rust) parses raw HTML into the tree itself; unified (remark/rehype) needs rehype-raw.
 * Smart punctuation is off: writers type their own typographic quotes. `base` is the site's
 * base path, put in front of the root-relative links writers write.
 */
export function articleMarkdownProcessor(name: ArticleProcessorName, base = '/'): MarkdownProcessor {
  if (name === 'unified') {
    return unified({
      smartypants: false,
      rehypePlugins: [rehypeRaw, () => (tree: Root) => makeArticleHtmlSafe(tree, base)],
    });
  }
  return satteri({
    features: { gfm: true, rawHtml: true, smartPunctuation: false },
    hastPlugins: [
      {
        name: 'newsroom-article-safety',
        before(_root, context) {
          context.data[HAS_RAW_HTML] = RAW_HTML.test(context.source);
        },
        // Markdown alone makes only safe elements, except for the URLs of links and images:
        // those few nodes go through the safety step one by one, which spares bringing the
        // whole tree into JavaScript (most of the rendering time on the benchmark corpus).
        element: [
          {
            filter: ['a', 'img'],
            visit(node, context) {
              if (context.data[HAS_RAW_HTML] || isInsideLink(node, context)) return;
              context.replaceNode(node, makeArticleHtmlSafe({ type: 'root', children: [node as Element] }, base).children as Element[]);
            },
          },
        ],
        after(root, context) {
          if (context.data[HAS_RAW_HTML]) context.replaceNode(root, makeArticleHtmlSafe(root as Root, base));
        },
      },
    ],
  });
}

/** Anything that may start an HTML tag, comment or declaration in the Markdown source. */
const RAW_HTML = /<[a-z!?/]/i;
const HAS_RAW_HTML = 'newsroomHasRawHtml';

/** The processor named by `MARKDOWN_PROCESSOR`, or the default. */
export function articleProcessorFromEnv(value: string | undefined): ArticleProcessorName {
  if (value === undefined || value === '') return 'satteri';
  if ((ARTICLE_PROCESSORS as readonly string[]).includes(value)) return value as ArticleProcessorName;
  throw new Error(`MARKDOWN_PROCESSOR must be one of ${ARTICLE_PROCESSORS.join(', ')}, got "${value}"`);
}

/** An image inside a link is made safe with the link, as part of its subtree. */
function isInsideLink(node: Readonly<Element>, context: HastVisitorContext): boolean {
  for (let parent = context.parent(node); parent && parent.type === 'element'; parent = context.parent(parent)) {
    if (parent.tagName === 'a') return true;
  }
  return false;
}
