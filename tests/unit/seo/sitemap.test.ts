import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderSitemaps, sitemapFile, SITEMAP_ENTRY_LIMIT, type SitemapSource } from '#src/seo/sitemap.ts';

const SITE = 'https://dailyinsight.example';
const ROOT = `${SITE}/`;

const source = (overrides: Partial<SitemapSource> = {}): SitemapSource => ({
  urls: [],
  root: ROOT,
  base: '/',
  lastModified: new Map(),
  renamed: new Set(),
  ...overrides,
});

/** Renders and fails the test when nothing is listed. */
function render(overrides: Partial<SitemapSource>) {
  const files = renderSitemaps(source(overrides));
  if (!files) throw new Error('no sitemap rendered');
  return files;
}

interface Entry {
  loc: string;
  lastmod?: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

/** The entries of a sitemap file, after checking it is well-formed XML. */
function urls(xml: string): Entry[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as { urlset: { url?: Entry[] } }).urlset.url ?? [];
}

/** The entries of a sitemap index, after checking it is well-formed XML. */
function indexEntries(xml: string): Entry[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as { sitemapindex: { sitemap?: Entry[] } }).sitemapindex.sitemap ?? [];
}

const locs = (xml: string) => urls(xml).map((entry) => entry.loc);

describe('renderSitemaps', () => {
  it('writes the XML @astrojs/sitemap wrote: declaration, namespaces, no white space', () => {
    const files = render({
      urls: [`${SITE}/news/story/`, ROOT],
      lastModified: new Map([[`${SITE}/news/story/`, '2025-04-16T09:00:00.000Z']]),
    });
    expect(files.sitemaps).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">' +
        `<url><loc>${ROOT}</loc></url>` +
        `<url><loc>${SITE}/news/story/</loc><lastmod>2025-04-16T09:00:00.000Z</lastmod></url>` +
        '</urlset>',
    ]);
    expect(files.index).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        `<sitemap><loc>${SITE}/sitemap-0.xml</loc><lastmod>2025-04-16T09:00:00.000Z</lastmod></sitemap>` +
        '</sitemapindex>',
    );
    expect(files.count).toBe(2);
  });

  it('orders numbers by value: page 2 before page 10', () => {
    const xml = render({
      urls: [`${SITE}/news/page-10/`, `${SITE}/news/page-2/`, `${SITE}/news/page-1/`, `${SITE}/news/`, ROOT],
    }).sitemaps[0]!;
    expect(locs(xml)).toEqual([ROOT, `${SITE}/news/`, `${SITE}/news/page-1/`, `${SITE}/news/page-2/`, `${SITE}/news/page-10/`]);
  });

  it('sorts as localeCompare in English with numeric order does', () => {
    const list = [
      `${SITE}/tag/%D9%85%D9%88%D9%86-%D8%B3%D9%88%D9%86/`,
      `${SITE}/tag/Economy/`,
      `${SITE}/tag/economy/`,
      `${SITE}/news/page/100/`,
      `${SITE}/news/page/20/`,
      `${SITE}/news/a-b/`,
      `${SITE}/news/a_b/`,
      `${SITE}/news/ab/`,
      `${SITE}/news/a-9-b/`,
      `${SITE}/news/a-10-b/`,
      `${SITE}/author/x/rss.xml`,
      `${SITE}/search/`,
    ];
    const expected = [...list].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(locs(render({ urls: list }).sitemaps[0]!)).toEqual(expected);
  });

  it('lists a URL given twice once', () => {
    expect(locs(render({ urls: [ROOT, `${SITE}/news/`, ROOT] }).sitemaps[0]!)).toEqual([ROOT, `${SITE}/news/`]);
  });

  it('leaves out the 404 page and the editor, under the base path too, and keeps a list’s page 404', () => {
    const base = '/news-site/';
    const root = `${SITE}${base}`;
    const xml = render({
      root,
      base,
      urls: [root, `${root}404/`, `${root}admin/`, `${root}admin/config.json`, `${root}administration/`, `${root}news/`, `${root}news/page/404/`],
    }).sitemaps[0]!;
    expect(locs(xml)).toEqual([root, `${root}administration/`, `${root}news/`, `${root}news/page/404/`]);
  });

  it('drops the old URLs of renamed articles and keeps the new ones', () => {
    const xml = render({
      urls: [`${SITE}/news/old-name/`, `${SITE}/news/new-name/`],
      renamed: new Set([`${SITE}/news/old-name/`]),
    }).sitemaps[0]!;
    expect(locs(xml)).toEqual([`${SITE}/news/new-name/`]);
  });

  it('gives article pages their last change as an ISO instant in UTC, list pages none', () => {
    const article = `${SITE}/news/story/`;
    const xml = render({
      urls: [article, `${SITE}/news/`],
      lastModified: new Map([[article, '2025-04-16T14:00:00+05:00']]),
    }).sitemaps[0]!;
    expect(urls(xml)).toEqual([{ loc: `${SITE}/news/` }, { loc: article, lastmod: '2025-04-16T09:00:00.000Z' }]);
  });

  it('escapes an & in a URL and keeps the URL when read back', () => {
    const url = `${SITE}/search/?q=trade&page=2`;
    const xml = render({ urls: [url] }).sitemaps[0]!;
    expect(xml).toContain(`<loc>${SITE}/search/?q=trade&amp;page=2</loc>`);
    expect(locs(xml)).toEqual([url]);
  });

  it('splits at the entry limit and lists each file with the latest change of its pages', () => {
    const page = (n: number) => `${SITE}/news/story-${n}/`;
    const base = '/news-site/';
    const root = `${SITE}${base}`;
    const files = render({
      root,
      base,
      entryLimit: 2,
      urls: [1, 2, 3, 4, 5].map(page),
      lastModified: new Map([
        // The latest first: the index takes the latest, not the last.
        [page(1), '2025-05-01T10:00:00.000Z'],
        [page(2), '2025-03-01T10:00:00.000Z'],
        [page(4), '2025-01-01T00:00:00.000Z'],
      ]),
    });
    expect(files.sitemaps.map(locs)).toEqual([[page(1), page(2)], [page(3), page(4)], [page(5)]]);
    expect(indexEntries(files.index)).toEqual([
      { loc: `${root}sitemap-0.xml`, lastmod: '2025-05-01T10:00:00.000Z' },
      { loc: `${root}sitemap-1.xml`, lastmod: '2025-01-01T00:00:00.000Z' },
      { loc: `${root}sitemap-2.xml` },
    ]);
    expect(files.count).toBe(5);
  });

  it('fills a file up to the limit before starting the next, counting after the drops', () => {
    const page = (n: number) => `${SITE}/news/story-${n}/`;
    const files = render({
      entryLimit: 2,
      urls: [`${SITE}/404/`, page(1), page(2), page(3)],
      renamed: new Set([page(2)]),
    });
    expect(files.sitemaps.map(locs)).toEqual([[page(1), page(3)]]);
  });

  it('keeps @astrojs/sitemap’s default of 45,000 URLs to a file', () => {
    expect(SITEMAP_ENTRY_LIMIT).toBe(45_000);
    const many = Array.from({ length: SITEMAP_ENTRY_LIMIT + 1 }, (_, n) => `${SITE}/news/story-${n}/`);
    const files = render({ urls: many });
    expect(files.sitemaps.map((xml) => xml.split('<url>').length - 1)).toEqual([SITEMAP_ENTRY_LIMIT, 1]);
    expect(indexEntries(files.index).map((entry) => entry.loc)).toEqual([`${SITE}/${sitemapFile(0)}`, `${SITE}/${sitemapFile(1)}`]);
  });

  it('writes nothing when no page is left to list', () => {
    expect(renderSitemaps(source({ urls: [] }))).toBeUndefined();
    expect(renderSitemaps(source({ urls: [`${SITE}/404/`, `${SITE}/admin/`] }))).toBeUndefined();
    expect(renderSitemaps(source({ urls: [`${SITE}/news/old/`], renamed: new Set([`${SITE}/news/old/`]) }))).toBeUndefined();
  });

  it('refuses an entry limit that is not a positive whole number', () => {
    expect(() => renderSitemaps(source({ urls: [ROOT], entryLimit: 0 }))).toThrow(/entry limit/);
    expect(() => renderSitemaps(source({ urls: [ROOT], entryLimit: 1.5 }))).toThrow(/entry limit/);
  });
});
