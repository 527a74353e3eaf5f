import { defaultSchema } from 'rehype-sanitize';

type SanitizeSchema = typeof defaultSchema;

/**
 * The one allowlist for HTML that writers put into Markdown, used for pages and feeds alike.
 * Starts from GitHub's schema (no script, style, event handlers or `javascript:` URLs) and
 * keeps heading ids unprefixed so in-page anchors written by the newsroom keep working.
 */
export const articleHtmlSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'abbr', 'mark', 'small', 'time'],
  attributes: {
    ...defaultSchema.attributes,
    time: ['dateTime'],
    abbr: ['title'],
  },
};
