import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { FEED_LIMITS } from '#src/feeds/items.ts';
import { buildSite, TEST_BUILD_ROOT, type BuildResult } from '../support/build-site.ts';
import { parseWithFeedparser } from '../support/feedparser.ts';
import { writeNewsroom, type FixtureEntry } from '../support/fixture-newsroom.ts';
import { FILLER_COUNT, FIXTURE_NOW_EPOCH, sampleNewsroom, URDU_REPORT_OLD_SLUG } from '../support/sample-newsroom.ts';

const SITE = 'https://dailyinsight.example';
const TRICKY_TITLE = 'Tom & Jerry <b>bold</b> ]]> 🎉 کراچی';

/** Published within the two days before the fixture's "now" (2026-01-01T00:00Z)... */
const recent: FixtureEntry[] = [
  ['recent-evening', '2025-12-31T10:00:00+05:00'],
  ['recent-night', '2025-12-30T06:00:00+05:00'],
  // ...and just outside: midnight of 30 December in Karachi is 19:00Z on the 29th.
  ['three-days-old', '2025-12-30'],
].map(([slug = '', dateline]) => ({
  path: `recent/${slug}.md`,
  frontmatter: { title: `Story ${slug}`, dateline, city: 'Dubai', author: 'john-doe', tags: ['Energy'] },
  body: 'A short report.',
}));

const tricky: FixtureEntry = {
  path: 'tricky-title.md',
  frontmatter: {
    title: TRICKY_TITLE,
    dateline: '2025-04-08',
    city: 'Karachi',
    author: 'ayesha-khan',
    tags: ['Energy'],
    summary: 'Summary with & and < and ]]> inside.',
    updated: '2025-04-09',
  },
  body: 'Body with a [relative link](/news/embassy-talks/) and ]]> and an emoji 🎉.\n\n<a href="javascript:alert(1)" onclick="x()">bad</a>',
};

let build: BuildResult;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });

function read(path: string): string {
  return readFileSync(join(build.outDir, path), 'utf8');
}

/** The dist file a site URL or path is served from. */
function builtFileFor(url: string): string {
  const path = decodeURIComponent(new URL(url, SITE).pathname);
  return join(build.outDir, path.endsWith('/') ? `${path}index.html` : path);
}

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@isPermaLink': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  'dc:creator': string | string[];
  category?: string | string[];
  'media:content'?: {
    '@url': string;
    '@type': string;
    '@width': string;
    'media:description'?: { '#text': string; '@type': string };
    'media:credit'?: { '#text': string; '@role': string };
  };
}

function rssItems(path: string): { channel: Record<string, unknown>; items: RssItem[] } {
  const channel = xml.parse(read(path)).rss.channel as Record<string, unknown> & { item?: RssItem | RssItem[] };
  const items = channel.item === undefined ? [] : Array.isArray(channel.item) ? channel.item : [channel.item];
  return { channel, items };
}

function feedFiles(): string[] {
  const files = ['rss.xml', 'feed.json'];
  for (const dir of ['author', 'tag']) {
    for (const name of readdirSync(join(build.outDir, dir))) {
      if (existsSync(join(build.outDir, dir, name, 'rss.xml'))) files.push(`${dir}/${name}/rss.xml`);
    }
  }
  return files;
}

beforeAll(async () => {
  const newsroom = sampleNewsroom();
  newsroom.articles.push(tricky, ...recent);
  const contentDir = join(TEST_BUILD_ROOT, 'feeds', 'content');
  await writeNewsroom(contentDir, newsroom);
  build = await buildSite('feeds', contentDir, { SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH });
  if (build.exitCode !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

const PUBLISHED = FILLER_COUNT + 4 + 1 + recent.length;

describe('feeds', () => {
  it('offers a site feed, a JSON feed, and a feed per author and per topic', () => {
    const files = feedFiles();
    expect(files).toContain('author/ayesha-khan/rss.xml');
    expect(files).toContain('tag/economy/rss.xml');
    expect(files.filter((file) => file.startsWith('tag/')).length).toBeGreaterThan(4);
  });

  // Debian's feedparser 6.0 reads RSS and Atom only; the JSON Feed is checked field by field below.
  it('passes feedparser without errors, every RSS feed of them', () => {
    for (const file of feedFiles().filter((name) => name.endsWith('.xml'))) {
      const parsed = parseWithFeedparser(join(build.outDir, file));
      expect({ file, bozo: parsed.bozo, error: parsed.bozoException }).toEqual({ file, bozo: 0, error: '' });
      // Only the author who has filed nothing has an empty (and still valid) feed.
      expect(parsed.entries.length === 0, file).toBe(file === 'author/idle-writer/rss.xml');
    }
  });

  it('lists the latest 50 published articles, newest first, each linking a built page', () => {
    const { items } = rssItems('rss.xml');
    expect(items).toHaveLength(Math.min(50, PUBLISHED));
    const times = items.map((item) => Date.parse(item.pubDate));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const item of items) {
      expect(item.guid['#text']).toBe(item.link);
      expect(item.guid['@isPermaLink']).toBe('true');
      expect(existsSync(builtFileFor(item.link)), item.link).toBe(true);
    }
    expect(items.map((item) => item.link).join()).not.toMatch(/draft-story|future-story/);
  });

  it('describes the channel: self link, language, newest date as lastBuildDate, logo', () => {
    const { channel, items } = rssItems('rss.xml');
    expect(channel['atom:link']).toMatchObject({ '@href': `${SITE}/rss.xml`, '@rel': 'self' });
    expect(channel['language']).toBe('en');
    expect(channel['lastBuildDate']).toBe(items[0]?.pubDate);
    const image = channel['image'] as { url: string };
    expect(existsSync(builtFileFor(image.url))).toBe(true);
  });

  it('carries the full body with absolute links, author, topics and the lead image', () => {
    const { items } = rssItems('rss.xml');
    const embassy = items.find((item) => item.link.endsWith('/embassy-talks/'));
    expect(embassy?.['dc:creator']).toBe('Ayesha Khan');
    expect(embassy?.category).toEqual(['Diplomacy', 'Russia']);
    expect(embassy?.['content:encoded']).toContain('Islamabad (TDI):');
    const media = embassy?.['media:content'];
    expect(media).toMatchObject({ '@type': 'image/jpeg', '@width': '1200' });
    expect(existsSync(builtFileFor(media?.['@url'] ?? ''))).toBe(true);
    const trade = items.find((item) => item.link.endsWith('/trade-corridor/'));
    expect(trade?.['content:encoded']).toContain(`href="${SITE}/news/embassy-talks/"`);
  });

  it('escapes &, <, ]]>, emoji and Urdu so they round-trip exactly', () => {
    const item = rssItems('rss.xml').items.find((entry) => entry.link.endsWith('/tricky-title/'));
    expect(item?.title).toBe(TRICKY_TITLE);
    expect(item?.description).toBe('Summary with & and < and ]]> inside.');
    expect(cheerio.load(item?.['content:encoded'] ?? '').text()).toContain(']]> and an emoji 🎉');
    expect(item?.['content:encoded']).not.toMatch(/javascript:|onclick|<script/);
  });

  it('keeps every feed under 2 MB and every item under 1 MB', () => {
    for (const file of feedFiles()) {
      expect(statSync(join(build.outDir, file)).size, file).toBeLessThanOrEqual(FEED_LIMITS.feedBytes);
    }
    for (const item of rssItems('rss.xml').items) {
      expect(Buffer.byteLength(JSON.stringify(item)), item.link).toBeLessThanOrEqual(FEED_LIMITS.itemBytes);
    }
  });

  it('gives the JSON Feed the same items as the RSS feed', () => {
    const feed = JSON.parse(read('feed.json')) as {
      version: string;
      title: string;
      home_page_url: string;
      feed_url: string;
      language: string;
      items: { url: string; content_html: string; authors: { name: string }[]; date_published: string }[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed).toMatchObject({ title: 'The Daily Insight', home_page_url: `${SITE}/`, feed_url: `${SITE}/feed.json` });
    expect(feed.language).toBe('en');
    expect(feed.items.map((item) => item.url)).toEqual(rssItems('rss.xml').items.map((item) => item.link));
    const tricky = feed.items.find((item) => item.url.endsWith('/tricky-title/'));
    expect(tricky?.authors).toEqual([{ name: 'Ayesha Khan', url: `${SITE}/author/ayesha-khan/` }]);
    expect(tricky?.date_published).toBe('2025-04-08T00:00:00+05:00');
    expect(tricky?.content_html).toContain('🎉');
  });

  it("limits an author feed to that author's articles, those written together included", () => {
    const entries = parseWithFeedparser(join(build.outDir, 'author/ayesha-khan/rss.xml')).entries;
    for (const entry of entries) expect(entry.authors, entry.link).toContain('Ayesha Khan');
    expect(entries.map((entry) => entry.link)).toContain(`${SITE}/news/trade-corridor/`);
  });

  it('writes a dc:creator per co-author, read back by feedparser and in the JSON Feed', () => {
    const trade = rssItems('rss.xml').items.find((item) => item.link.endsWith('/trade-corridor/'));
    expect(trade?.['dc:creator']).toEqual(['John Doe', 'Ayesha Khan']);
    const parsed = parseWithFeedparser(join(build.outDir, 'rss.xml')).entries.find((entry) => entry.link.endsWith('/trade-corridor/'));
    expect(parsed?.authors).toEqual(['John Doe', 'Ayesha Khan']);
    const feed = JSON.parse(read('feed.json')) as { items: { url: string; authors: { name: string }[] }[] };
    expect(feed.items.find((item) => item.url.endsWith('/trade-corridor/'))?.authors.map((author) => author.name)).toEqual([
      'John Doe',
      'Ayesha Khan',
    ]);
  });

  it("gives the lead image the photo's caption as media:description and its credit as media:credit", () => {
    const embassy = rssItems('rss.xml').items.find((item) => item.link.endsWith('/embassy-talks/'));
    expect(embassy?.['media:content']?.['media:description']).toEqual({
      '#text': 'Flags outside the hall before the second round of talks.',
      '@type': 'plain',
    });
    expect(embassy?.['media:content']?.['media:credit']).toEqual({ '#text': 'Staff Photographer/TDI', '@role': 'photographer' });
    const parsed = parseWithFeedparser(join(build.outDir, 'rss.xml')).entries.find((entry) => entry.link.endsWith('/embassy-talks/'));
    expect(parsed?.mediaCredits).toEqual(['Staff Photographer/TDI']);
  });

  it('counts a correction as an update of the item', () => {
    const feed = JSON.parse(read('feed.json')) as { items: { url: string; date_modified?: string }[] };
    expect(feed.items.find((item) => item.url.endsWith('/embassy-talks/'))?.date_modified).toBe('2025-04-17T00:00:00+05:00');
    expect(feed.items.find((item) => item.url.endsWith('/trade-corridor/'))).not.toHaveProperty('date_modified');
  });

  it('links the feeds of each page with rel=alternate', () => {
    const alternates = (path: string) =>
      cheerio
        .load(read(path))('link[rel=alternate][type]')
        .map((_, link) => link.attribs['href'])
        .get();
    expect(alternates('index.html')).toEqual(['/rss.xml', '/feed.json']);
    expect(alternates('author/ayesha-khan/index.html')).toContain('/author/ayesha-khan/rss.xml');
    expect(alternates('tag/energy/index.html')).toContain('/tag/energy/rss.xml');
    for (const href of alternates('tag/energy/index.html')) expect(existsSync(builtFileFor(href)), href).toBe(true);
  });
});

describe('sitemaps and robots', () => {
  const locs = (file: string) => {
    const urls = xml.parse(read(file)).urlset.url ?? [];
    return (Array.isArray(urls) ? urls : [urls]) as { loc: string; lastmod?: string }[];
  };

  it('lists every published page with lastmod from the last correction, update or dateline, and no held-back or 404 page', () => {
    expect(read('sitemap-index.xml')).toContain(`${SITE}/sitemap-0.xml`);
    const urls = locs('sitemap-0.xml');
    const byLoc = new Map(urls.map((url) => [url.loc, url.lastmod]));
    // Published 2025-04-15, corrected 2025-04-17 (midnight in Karachi).
    expect(byLoc.get(`${SITE}/news/embassy-talks/`)).toBe('2025-04-16T19:00:00.000Z');
    expect(byLoc.get(`${SITE}/news/trade-corridor/`)).toBe('2025-04-16T04:30:00.000Z');
    expect(byLoc.get(`${SITE}/news/tricky-title/`)).toBe('2025-04-08T19:00:00.000Z');
    expect(byLoc.has(`${SITE}/tag/energy/`)).toBe(true);
    expect(urls.filter((url) => url.loc.includes('/news/') && url.lastmod).length).toBe(PUBLISHED);
    expect(urls.map((url) => url.loc).join()).not.toMatch(/draft-story|future-story|404/);
  });

  it('puts exactly the articles of the last two days in the news sitemap', () => {
    const urls = xml.parse(read('news-sitemap.xml')).urlset.url as { loc: string; 'news:news': Record<string, unknown> }[];
    expect(urls.map((url) => url.loc)).toEqual([`${SITE}/news/recent-evening/`, `${SITE}/news/recent-night/`]);
    expect(urls[0]?.['news:news']).toEqual({
      'news:publication': { 'news:name': 'The Daily Insight', 'news:language': 'en' },
      'news:publication_date': '2025-12-31T10:00:00+05:00',
      'news:title': 'Story recent-evening',
    });
  });

  it('points robots.txt at both sitemaps and keeps crawlers out of the editor', () => {
    expect(read('robots.txt')).toContain('Disallow: /admin/');
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/news-sitemap.xml`);
  });
});

describe('page metadata', () => {
  function jsonLdOf(path: string): Record<string, unknown>[] {
    const $ = cheerio.load(read(path));
    return $('script[type="application/ld+json"]')
      .toArray()
      .map((script) => JSON.parse($(script).text()) as Record<string, unknown>);
  }

  it('gives every article page a NewsArticle with the required fields', () => {
    // The renamed article's old slug has a fallback page, not an article.
    const articles = readdirSync(join(build.outDir, 'news')).filter(
      (name) => name !== 'page' && name !== 'index.html' && name !== URDU_REPORT_OLD_SLUG,
    );
    expect(articles).toHaveLength(PUBLISHED);
    for (const slug of articles) {
      const article = jsonLdOf(`news/${slug}/index.html`).find((node) => node['@type'] === 'NewsArticle');
      expect(article, slug).toBeDefined();
      for (const field of ['headline', 'datePublished', 'dateModified', 'dateline', 'author', 'publisher', 'image', 'mainEntityOfPage', 'inLanguage']) {
        expect(article?.[field], `${slug} ${field}`).toBeDefined();
      }
      expect(String(article?.['datePublished'])).toMatch(/[+-]\d{2}:\d{2}$/);
    }
  });

  it('keeps a title containing </script> inside its JSON-LD block', () => {
    const nodes = jsonLdOf('news/unsafe-markup/index.html');
    expect(nodes.find((node) => node['@type'] === 'NewsArticle')?.['headline']).toBe(
      'Quotes "and" <script>alert(1)</script> & more',
    );
  });

  it('describes author, publisher, breadcrumbs, dates and language of an article', () => {
    const nodes = jsonLdOf('news/tricky-title/index.html');
    const article = nodes.find((node) => node['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      dateModified: '2025-04-09T00:00:00+05:00',
      author: { '@type': 'Person', name: 'Ayesha Khan', url: `${SITE}/author/ayesha-khan/` },
      publisher: { '@type': 'NewsMediaOrganization', logo: { '@type': 'ImageObject' } },
      articleSection: 'Energy',
      keywords: ['Energy'],
    });
    expect(nodes.find((node) => node['@type'] === 'BreadcrumbList')).toBeDefined();
    expect(jsonLdOf('news/urdu-report/index.html')[0]?.['inLanguage']).toBe('ur');
  });

  it('gives author pages a ProfilePage with the Person', () => {
    expect(jsonLdOf('author/ayesha-khan/index.html')[0]).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: 'Ayesha Khan', sameAs: ['https://ayesha.example.org/', 'https://x.com/example_ayesha'] },
    });
  });

  it('sets canonical, Open Graph, Twitter card, large image previews and hreflang', () => {
    const $ = cheerio.load(read('news/embassy-talks/index.html'));
    expect($('link[rel=canonical]').attr('href')).toBe(`${SITE}/news/embassy-talks/`);
    expect($('meta[name=robots]').attr('content')).toContain('max-image-preview:large');
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect(Number($('meta[property="og:image:width"]').attr('content'))).toBeGreaterThanOrEqual(1200);
    expect(existsSync(builtFileFor($('meta[property="og:image"]').attr('content') ?? ''))).toBe(true);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    expect($('meta[property="article:published_time"]').attr('content')).toBe('2025-04-15T00:00:00+05:00');
    expect(cheerio.load(read('news/urdu-report/index.html'))('link[hreflang]').attr('hreflang')).toBe('ur');
  });
});
