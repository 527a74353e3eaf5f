import { defaultSchema } from 'hast-util-sanitize';

type SanitizeSchema = typeof defaultSchema;

/**
 * The one allowlist for HTML that writers put into Markdown, used for pages and feeds alike.
 * Starts from GitHub's schema (no script, style, event handlers or `javascript:` URLs), keeps
 * heading ids unprefixed so in-page anchors work, and lets through figures and iframes; the
 * video-embed plugin then keeps only iframes from allowed video hosts.
 */
export const articleHtmlSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  // Drop these elements with their content: CSS or code must not show up as article text.
  strip: ['script', 'style'],
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure',
    'figcaption',
    'abbr',
    'mark',
    'small',
    'time',
    'iframe',
  ],
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.['a'] ?? []), ['target', '_blank']],
    time: ['dateTime'],
    abbr: ['title'],
    iframe: ['src', 'title', 'width', 'height'],
  },
  protocols: {
    ...defaultSchema.protocols,
    src: ['https'],
  },
};
