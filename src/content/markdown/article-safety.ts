import type { Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import rehypeExternalLinks from 'rehype-external-links';
import { articleHtmlSchema } from './sanitize-schema.ts';
import { prefixBasePath } from './base-path.ts';
import { externalLinkRel } from './external-links.ts';
import { rehypeVideoEmbeds } from './video-embeds.ts';
import { markBodyPictures } from './body-pictures.ts';

const embedVideos = rehypeVideoEmbeds();
const markExternalLinks = rehypeExternalLinks({ rel: externalLinkRel }) as (tree: Root) => void;

/**
 * The one safety step for article HTML, whichever Markdown processor built the tree: cleans it
 * against the allowlist (no script, style, event handler or `javascript:` URL), keeps only
 * allowed, sandboxed video embeds, marks links that leave the site, marks pictures beside the
 * Markdown file for the build to process (./body-pictures.ts), and puts the site's base path in
 * front of links into the site. Returns a new tree.
 */
export function makeArticleHtmlSafe(tree: Root, base = '/'): Root {
  const clean = sanitize(tree, articleHtmlSchema) as Root;
  embedVideos(clean);
  markExternalLinks(clean);
  markBodyPictures(clean);
  prefixBasePath(clean, base);
  return clean;
}
