import { DEFAULT_RELATED_SETTINGS } from '../related/index.ts';
import { env } from './env.ts';
import { siteSettingsSchema, type SiteSettings } from './site-schema.ts';

/**
 * Every site-wide setting, validated once at start-up. Environment variables override the
 * defaults for deployments (`SITE_URL`) and for tests and benchmarks (`CONTENT_DIR`).
 */
export const site: SiteSettings = siteSettingsSchema.parse({
  name: 'The Daily Insight',
  tagline: 'World affairs, economy and climate from South Asia and beyond',
  url: (env.siteUrl ?? 'https://dailyinsight.example').replace(/\/+$/, ''),
  base: normalizeBase(env.basePath ?? '/'),
  agency: 'TDI',
  lang: 'en',
  timeZone: 'Asia/Karachi',
  contentDir: env.contentDir ?? 'content',
  pageSizes: { archive: 20, author: 20, tag: 20, feed: 50 },
  // Related News: the engine's documented defaults; change a weight here, e.g.
  // `related: { ...DEFAULT_RELATED_SETTINGS, count: 6 }`.
  related: DEFAULT_RELATED_SETTINGS,
  counts: { trending: 5, latest: 5, homeTopics: 4, homeTopicArticles: 4, navTopics: 6 },
});

function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
