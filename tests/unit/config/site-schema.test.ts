import { describe, expect, it } from 'vitest';
import { DEFAULT_RELATED_SETTINGS } from '#src/related/index.ts';
import { siteSettingsSchema } from '#src/config/site-schema.ts';

const settings = {
  name: 'The Daily Insight',
  tagline: 'World affairs, economy and climate',
  url: 'https://dailyinsight.example',
  base: '/',
  agency: 'TDI',
  lang: 'en',
  timeZone: 'Asia/Karachi',
  contentDir: 'content',
  pageSizes: { archive: 20, author: 20, tag: 20, feed: 50 },
  related: DEFAULT_RELATED_SETTINGS,
  counts: { trending: 5, latest: 5, homeTopics: 4, homeTopicArticles: 4, navTopics: 6 },
};

describe('siteSettingsSchema', () => {
  it.each<[string, Record<string, unknown>]>([
    ['the shipped settings', {}],
    ['an http origin', { url: 'http://127.0.0.1:4321' }],
    ['Urdu as the language', { lang: 'ur' }],
    ['another IANA zone', { timeZone: 'Pacific/Kiritimati' }],
    ['UTC', { timeZone: 'UTC' }],
    ['the largest page size', { pageSizes: { ...settings.pageSizes, feed: 500 } }],
    ['no home topics', { counts: { ...settings.counts, homeTopics: 0, navTopics: 0 } }],
  ])('accepts %s', (_label, changes) => {
    expect(siteSettingsSchema.safeParse({ ...settings, ...changes }).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a blank name', { name: ' ' }, 'name'],
    ['an origin without a scheme', { url: 'dailyinsight.example' }, 'url'],
    ['an ftp origin', { url: 'ftp://dailyinsight.example' }, 'url'],
    ['a language that is not BCP 47', { lang: 'en_US' }, 'lang'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['an offset instead of a zone', { timeZone: '+05:00 PKT' }, 'timeZone'],
    ['a page size of 0', { pageSizes: { ...settings.pageSizes, archive: 0 } }, 'pageSizes.archive'],
    ['a page size over 500', { pageSizes: { ...settings.pageSizes, tag: 501 } }, 'pageSizes.tag'],
    ['a fractional page size', { pageSizes: { ...settings.pageSizes, author: 2.5 } }, 'pageSizes.author'],
    ['a missing page size', { pageSizes: { archive: 20, author: 20, tag: 20 } }, 'pageSizes.feed'],
    ['a fractional related count', { related: { ...DEFAULT_RELATED_SETTINGS, count: 2.5 } }, 'related'],
    ['a negative related weight', { related: { ...DEFAULT_RELATED_SETTINGS, weights: { ...DEFAULT_RELATED_SETTINGS.weights, text: -1 } } }, 'related'],
    ['too many trending articles', { counts: { ...settings.counts, trending: 21 } }, 'counts.trending'],
    ['an unknown count', { counts: { ...settings.counts, popular: 3 } }, 'counts'],
    ['an unknown setting', { theme: 'dark' }, ''],
  ])('rejects %s', (_label, changes, path) => {
    const result = siteSettingsSchema.safeParse({ ...settings, ...changes });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
