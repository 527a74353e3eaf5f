import { z } from 'astro/zod';
import { assertRelatedSettings, type RelatedSettings } from '../related/index.ts';
import { languageField, textField, webUrlField } from '../content/schemas/fields.ts';

const pageSize = z.number().int().min(1).max(500);

/** Site-wide settings; see `src/config/site.ts` for the values. */
export const siteSettingsSchema = z.strictObject({
  /** Masthead name. */
  name: textField,
  /** One line under the masthead and in feeds. */
  tagline: textField,
  /** Canonical origin, without a trailing path; `SITE_URL` overrides it. */
  url: webUrlField,
  /** Path the site lives under ("/" or "/news-site/"); `BASE_PATH` overrides it. */
  base: z.string().regex(/^\/(?:[\w.-]+\/)*$/, 'must start and end with "/", like "/news-site/"'),
  /** Agency code printed in the lead: "Istanbul (TDI): …". */
  agency: textField,
  /** Default language of articles and pages (BCP 47). */
  lang: languageField,
  /** IANA zone in which date-only datelines are read and every date is shown. */
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone like "Asia/Karachi"'),
  /** Folder with `articles/`, `authors/` and `data/`; `CONTENT_DIR` overrides it. */
  contentDir: textField,
  pageSizes: z.strictObject({
    archive: pageSize,
    author: pageSize,
    tag: pageSize,
    feed: pageSize,
  }),
  /** Related News: weights of each signal and how many to show; see `RelatedSettings`. */
  related: z.custom<RelatedSettings>(isRelatedSettings, 'must be valid related-news settings (see RelatedSettings)'),
  /** How many items the article page and home page show in each block. */
  counts: z.strictObject({
    trending: z.number().int().min(1).max(20),
    latest: z.number().int().min(1).max(50),
    homeTopics: z.number().int().min(0).max(20),
    homeTopicArticles: z.number().int().min(1).max(20),
    navTopics: z.number().int().min(0).max(12),
  }),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isRelatedSettings(value: unknown): boolean {
  try {
    assertRelatedSettings(value as RelatedSettings);
    return true;
  } catch {
    return false;
  }
}
