import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  NEWS_SITEMAP_WINDOW_MS,
  newsLanguage,
  toNewsSitemap,
  type NewsSitemapEntry,
} from '#src/seo/news-sitemap.ts';

const SITE = 'https://dailyinsight.example';
const NOW = new Date('2025-04-16T12:00:00Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const entry = (overrides: Partial<NewsSitemapEntry> = {}): NewsSitemapEntry => ({
  url: `${SITE}/news/karachi-port/`,
  title: 'Karachi Port Expands',
  lang: 'en',
  published: '2025-04-16T14:00:00+05:00',
  publishedAt: new Date('2025-04-16T09:00:00Z'),
  ...overrides,
});

/** An entry published `msBeforeNow` before NOW (negative: after NOW). */
const entryAt = (msBeforeNow: number, slug = 'story') =>
  entry({ url: `${SITE}/news/${slug}/`, publishedAt: new Date(NOW.getTime() - msBeforeNow) });

interface ParsedUrl {
  loc: string;
  'news:news': {
    'news:publication': { 'news:name': string; 'news:language': string };
    'news:publication_date': string;
    'news:title': string;
  };
}

interface ParsedSitemap {
  urlset: { '@_xmlns': string; '@_xmlns:news': string; url?: ParsedUrl[] };
}

/** Parses a sitemap after checking it is well-formed XML; `url` is always a list. */
function parseSitemap(xml: string): ParsedSitemap {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => name === 'url',
  }).parse(xml) as ParsedSitemap;
}

const locs = (xml: string) => (parseSitemap(xml).urlset.url ?? []).map((url) => url.loc);

describe('toNewsSitemap', () => {
  it('keeps Google News’ two-day window', () => {
    expect(NEWS_SITEMAP_WINDOW_MS).toBe(2 * DAY);
  });

  it.each([
    ['published exactly now', 0, true],
    ['published an hour ago', HOUR, true],
    ['published a day ago', DAY, true],
    ['published just inside two days ago', 2 * DAY - 1, true],
    ['published exactly two days ago', 2 * DAY, false],
    ['published just over two days ago', 2 * DAY + 1, false],
    ['published a week ago', 7 * DAY, false],
    ['published a millisecond in the future', -1, false],
    ['published tomorrow', -DAY, false],
  ])('includes an entry %s: %s', (_label, msBeforeNow, included) => {
    const xml = toNewsSitemap([entryAt(msBeforeNow)], 'The Daily Insight', NOW);
    expect(locs(xml)).toEqual(included ? [`${SITE}/news/story/`] : []);
  });

  it('keeps only the recent entries of a mixed list, in the order given', () => {
    const xml = toNewsSitemap(
      [entryAt(-HOUR, 'future'), entryAt(HOUR, 'new'), entryAt(3 * DAY, 'old'), entryAt(30 * HOUR, 'yesterday')],
      'The Daily Insight',
      NOW,
    );
    expect(locs(xml)).toEqual([`${SITE}/news/new/`, `${SITE}/news/yesterday/`]);
  });

  it('gives a valid, empty urlset with both namespaces on a quiet news day', () => {
    const xml = toNewsSitemap([entryAt(5 * DAY)], 'The Daily Insight', NOW);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const { urlset } = parseSitemap(xml);
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset.url).toBeUndefined();
  });

  it('gives a valid, empty urlset for no entries at all', () => {
    const { urlset } = parseSitemap(toNewsSitemap([], 'The Daily Insight', NOW));
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset.url).toBeUndefined();
  });

  it('describes an entry with its location, publication, language, date and title', () => {
    const { urlset } = parseSitemap(toNewsSitemap([entry()], 'The Daily Insight', NOW));
    expect(urlset.url).toEqual([
      {
        loc: `${SITE}/news/karachi-port/`,
        'news:news': {
          'news:publication': { 'news:name': 'The Daily Insight', 'news:language': 'en' },
          'news:publication_date': '2025-04-16T14:00:00+05:00',
          'news:title': 'Karachi Port Expands',
        },
      },
    ]);
  });

  it('writes the language as Google News wants it', () => {
    const xml = toNewsSitemap([entry({ lang: 'zh-Hant' }), entry({ lang: 'en-GB' })], 'The Daily Insight', NOW);
    const languages = (parseSitemap(xml).urlset.url ?? []).map(
      (url) => url['news:news']['news:publication']['news:language'],
    );
    expect(languages).toEqual(['zh-tw', 'en']);
  });

  it.each([
    ['an ampersand', 'Tom & Jerry'],
    ['angle brackets', 'Why <b>bold</b> < brave'],
    ['an entity-like text', 'R&amp;D spending &lt; 1%'],
    ['quotes', 'The "real" story'],
    ['Urdu text', 'کراچی کی بندرگاہ'],
  ])('escapes a title and publication name with %s so they read back unchanged', (_label, text) => {
    const xml = toNewsSitemap([entry({ title: text })], `${text} News`, NOW);
    const [url] = parseSitemap(xml).urlset.url ?? [];
    expect(url?.['news:news']['news:title']).toBe(text);
    expect(url?.['news:news']['news:publication']['news:name']).toBe(`${text} News`);
  });

  it('escapes an ampersand in the location', () => {
    const url = `${SITE}/news/?id=1&lang=en`;
    const xml = toNewsSitemap([entry({ url })], 'The Daily Insight', NOW);
    expect(xml).toContain('<loc>https://dailyinsight.example/news/?id=1&amp;lang=en</loc>');
    expect(locs(xml)).toEqual([url]);
  });
});

describe('newsLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en-us', 'en'],
    ['EN', 'en'],
    ['ur', 'ur'],
    ['ur-PK', 'ur'],
    ['ar-SA', 'ar'],
    ['zh', 'zh-cn'],
    ['zh-CN', 'zh-cn'],
    ['zh-Hans', 'zh-cn'],
    ['zh-SG', 'zh-cn'],
    ['zh-TW', 'zh-tw'],
    ['zh-Hant', 'zh-tw'],
    ['zh-Hant-TW', 'zh-tw'],
    ['zh-Hant-HK', 'zh-tw'],
    // Hong Kong and Macau write Traditional Chinese, which Google News calls zh-tw.
    ['zh-HK', 'zh-tw'],
    ['zh-MO', 'zh-tw'],
  ])('writes %s as %s', (lang, expected) => {
    expect(newsLanguage(lang)).toBe(expected);
  });
});
