import { describe, expect, it, vi } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import * as cheerio from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  absolutizeUrls,
  channelText,
  feedPictureHtml,
  FEED_LIMITS,
  fitFeedLimits,
  RSS_NAMESPACES,
  rssChannelData,
  toJsonFeed,
  toRssItems,
  type FeedArticle,
  type FeedChannel,
  type FeedImage,
} from '#src/feeds/items.ts';

const SITE = 'https://dailyinsight.example';

const article = (overrides: Partial<FeedArticle> = {}): FeedArticle => ({
  url: `${SITE}/news/karachi-port/`,
  title: 'Karachi Port Expands',
  summary: 'Capacity grows by a third.',
  publishedIso: '2025-04-15T00:00:00+05:00',
  publishedRfc822: 'Tue, 15 Apr 2025 00:00:00 +0500',
  updatedIso: undefined,
  authors: [{ name: 'Daniel Okafor', url: `${SITE}/author/daniel-okafor/` }],
  categories: ['Economy', 'Karachi'],
  contentHtml: '<p>Capacity grows by a third.</p>',
  lang: 'en',
  image: undefined,
  ...overrides,
});

const image = (overrides: Partial<FeedImage> = {}): FeedImage => ({
  url: `${SITE}/_astro/port.abc123.jpg`,
  type: 'image/jpeg',
  width: 1200,
  height: 675,
  ...overrides,
});

const channel = (overrides: Partial<FeedChannel> = {}): FeedChannel => ({
  title: 'The Daily Insight',
  description: 'News from Pakistan and the world.',
  siteUrl: `${SITE}/`,
  rssUrl: `${SITE}/rss.xml`,
  jsonFeedUrl: `${SITE}/feed.json`,
  lang: 'en',
  logoUrl: `${SITE}/feed-logo.png`,
  iconUrl: `${SITE}/logo-512.png`,
  ...overrides,
});

/** Keeps every value a string, exactly as written, so tests compare what a reader would see. */
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

/** Parses a fragment wrapped in `tag` after checking it is well-formed XML. */
function parseFragment(tag: string, fragment: string): Record<string, unknown> {
  const xml = `<${tag}>${fragment}</${tag}>`;
  expect(XMLValidator.validate(xml)).toBe(true);
  return (xmlParser.parse(xml) as Record<string, Record<string, unknown>>)[tag] ?? {};
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const MB = 1024 * 1024;

describe('toRssItems', () => {
  it('maps an article to an item whose link is the canonical URL, with the summary and the full body', () => {
    const source = article({ contentHtml: '<p>Full <strong>story</strong>.</p>' });
    const [item] = toRssItems([source]);
    expect(item).toMatchObject({
      title: 'Karachi Port Expands',
      link: `${SITE}/news/karachi-port/`,
      description: 'Capacity grows by a third.',
      content: '<p>Full <strong>story</strong>.</p>',
      categories: ['Economy', 'Karachi'],
    });
  });

  it('leaves pubDate to customData, written in the site zone, so the library never writes it in GMT', () => {
    const [item] = toRssItems([article()]);
    expect(item).not.toHaveProperty('pubDate');
    expect(parseFragment('item', item?.customData ?? '')['pubDate']).toBe('Tue, 15 Apr 2025 00:00:00 +0500');
  });

  it('gives one item per article in the order given', () => {
    const items = toRssItems([
      article({ url: `${SITE}/news/b/`, title: 'B' }),
      article({ url: `${SITE}/news/a/`, title: 'A' }),
      article({ url: `${SITE}/news/c/`, title: 'C' }),
    ]);
    expect(items.map((item) => item.link)).toEqual([`${SITE}/news/b/`, `${SITE}/news/a/`, `${SITE}/news/c/`]);
  });

  it('gives no items for no articles', () => {
    expect(toRssItems([])).toEqual([]);
  });

  it('copies the categories so the item never shares the article list', () => {
    const categories = ['Economy'];
    const [item] = toRssItems([article({ categories })]);
    item?.categories.push('Sport');
    expect(categories).toEqual(['Economy']);
  });

  it('puts only the date and the author in customData when the article has no image', () => {
    const [item] = toRssItems([article({ image: undefined })]);
    const parsed = parseFragment('item', item?.customData ?? '');
    expect(parsed).toEqual({ pubDate: 'Tue, 15 Apr 2025 00:00:00 +0500', 'dc:creator': 'Daniel Okafor' });
  });

  it('describes the lead image as media:content with its URL, type, medium and size', () => {
    const [item] = toRssItems([article({ image: image() })]);
    const parsed = parseFragment('item', item?.customData ?? '');
    expect(parsed['media:content']).toEqual({
      '@_url': `${SITE}/_astro/port.abc123.jpg`,
      '@_type': 'image/jpeg',
      '@_medium': 'image',
      '@_width': '1200',
      '@_height': '675',
    });
    expect(parsed['dc:creator']).toBe('Daniel Okafor');
  });

  it.each([
    ['an ampersand and angle brackets', 'A & B <C>'],
    ['double quotes', 'Ayesha "The Pen" Khan'],
    ['an apostrophe', "Siobhan O'Neil"],
    ['a closing tag', 'Eve</dc:creator><evil/>'],
    ['an entity-like text', 'Tom &amp; Jerry'],
    ['Urdu script', 'عائشہ رؤف'],
  ])('keeps an author name with %s intact through the XML', (_label, authorName) => {
    const [item] = toRssItems([article({ authors: [{ name: authorName, url: `${SITE}/author/x/` }] })]);
    expect(parseFragment('item', item?.customData ?? '')['dc:creator']).toBe(authorName);
  });

  it('writes one dc:creator per co-author, in byline order', () => {
    const authors = [
      { name: 'Amina Rauf', url: `${SITE}/author/amina-rauf/` },
      { name: 'Daniel Okafor', url: `${SITE}/author/daniel-okafor/` },
    ];
    const [item] = toRssItems([article({ authors })]);
    expect(parseFragment('item', item?.customData ?? '')['dc:creator']).toEqual(['Amina Rauf', 'Daniel Okafor']);
  });

  it("gives media:content the photo's caption as media:description and its credit as media:credit", () => {
    const [item] = toRssItems([article({ image: image({ caption: 'Cranes & ships <at dusk>', credit: 'Sana Iqbal/TDI' }) })]);
    const media = parseFragment('item', item?.customData ?? '')['media:content'] as Record<string, unknown>;
    expect(media['media:description']).toEqual({ '#text': 'Cranes & ships <at dusk>', '@_type': 'plain' });
    expect(media['media:credit']).toEqual({ '#text': 'Sana Iqbal/TDI', '@_role': 'photographer' });
  });

  it('leaves out media:description and media:credit for a photo without caption and credit', () => {
    const [item] = toRssItems([article({ image: image() })]);
    const media = parseFragment('item', item?.customData ?? '')['media:content'] as Record<string, unknown>;
    expect(media).not.toHaveProperty('media:description');
    expect(media).not.toHaveProperty('media:credit');
  });

  it('keeps an image URL with a query string and quotes intact through the XML attribute', () => {
    const url = `${SITE}/img.jpg?w=1200&h=675&label="lead"`;
    const [item] = toRssItems([article({ image: image({ url, type: 'image/jpeg' }) })]);
    const media = parseFragment('item', item?.customData ?? '')['media:content'] as Record<string, string>;
    expect(media['@_url']).toBe(url);
  });
});

describe('RSS_NAMESPACES', () => {
  it('declares the Atom, Dublin Core and Media RSS namespaces by their standard URIs', () => {
    expect(RSS_NAMESPACES).toEqual({
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
      media: 'http://search.yahoo.com/mrss/',
    });
  });
});

describe('rssChannelData', () => {
  it('gives the language, the self link, the last build date and the channel image', () => {
    const parsed = parseFragment('channel', rssChannelData(channel(), [article()]));
    expect(parsed).toEqual({
      language: 'en',
      'atom:link': { '@_href': `${SITE}/rss.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' },
      lastBuildDate: 'Tue, 15 Apr 2025 00:00:00 +0500',
      image: { url: `${SITE}/feed-logo.png`, title: 'The Daily Insight', link: `${SITE}/` },
    });
  });

  it('dates the build by the newest (first) article, in its RFC 822 form', () => {
    const data = rssChannelData(channel(), [
      article({ publishedRfc822: 'Wed, 16 Apr 2025 13:15:30 +0500' }),
      article({ publishedRfc822: 'Tue, 15 Apr 2025 15:00:00 +0500' }),
      article({ publishedRfc822: 'Tue, 01 Apr 2025 15:00:00 +0500' }),
    ]);
    expect(parseFragment('channel', data)['lastBuildDate']).toBe('Wed, 16 Apr 2025 13:15:30 +0500');
  });

  it('gives the same channel data for the same articles whatever the clock says', () => {
    const articles = [article()];
    try {
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2025-04-16T00:00:00Z'));
      const first = rssChannelData(channel(), articles);
      vi.setSystemTime(new Date('2031-01-01T12:34:56Z'));
      expect(rssChannelData(channel(), articles)).toBe(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves out the last build date for an empty feed but keeps the rest', () => {
    const parsed = parseFragment('channel', rssChannelData(channel(), []));
    expect(parsed).not.toHaveProperty('lastBuildDate');
    expect(parsed['language']).toBe('en');
    expect(parsed['atom:link']).toMatchObject({ '@_href': `${SITE}/rss.xml` });
    expect(parsed['image']).toMatchObject({ url: `${SITE}/feed-logo.png` });
  });

  it('escapes a channel title and URLs with XML special characters', () => {
    const parsed = parseFragment(
      'channel',
      rssChannelData(
        channel({ title: 'News & Views <Daily>', rssUrl: `${SITE}/rss.xml?a=1&b="2"`, siteUrl: `${SITE}/?ref=a&b` }),
        [article()],
      ),
    );
    // The image title is channel text: HTML-escaped once more, like the channel's own title.
    expect(parsed['image']).toMatchObject({ title: 'News &amp; Views &lt;Daily&gt;', link: `${SITE}/?ref=a&b` });
    expect(parsed['atom:link']).toMatchObject({ '@_href': `${SITE}/rss.xml?a=1&b="2"` });
  });
});

describe('an RSS document built by @astrojs/rss from these parts', () => {
  async function buildRss(articles: FeedArticle[], feedChannel = channel()) {
    const xml = await getRssString({
      title: feedChannel.title,
      description: feedChannel.description,
      site: feedChannel.siteUrl,
      xmlns: { ...RSS_NAMESPACES },
      customData: rssChannelData(feedChannel, articles),
      items: toRssItems(articles),
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      parseTagValue: false,
      parseAttributeValue: false,
      isArray: (name) => name === 'item' || name === 'category',
    }).parse(xml) as { rss: Record<string, unknown> & { channel: Record<string, unknown> & { item?: Record<string, unknown>[] } } };
    return { xml, rss: parsed.rss };
  }

  it('declares every namespace prefix its elements use', async () => {
    const { xml, rss } = await buildRss([article({ image: image() })]);
    const used = new Set([...xml.matchAll(/<\/?([a-zA-Z]+):[a-zA-Z]/g)].map((match) => match[1]));
    expect([...used].sort()).toEqual(['atom', 'content', 'dc', 'media']);
    for (const prefix of used) expect(rss).toHaveProperty(`@_xmlns:${prefix}`);
    expect(rss['@_xmlns:atom']).toBe(RSS_NAMESPACES.atom);
    expect(rss['@_xmlns:dc']).toBe(RSS_NAMESPACES.dc);
    expect(rss['@_xmlns:media']).toBe(RSS_NAMESPACES.media);
  });

  it('uses the canonical URL as link and permalink guid, and carries body, author and image', async () => {
    const source = article({
      authors: [{ name: 'A & B <C>', url: `${SITE}/author/a/` }],
      contentHtml: '<p>Ships & <em>cranes</em>.</p>',
      image: image({ url: `${SITE}/img.jpg?w=1200&h=675` }),
    });
    const { rss } = await buildRss([source]);
    const [item] = rss.channel.item ?? [];
    expect(item).toMatchObject({
      title: 'Karachi Port Expands',
      link: source.url,
      guid: { '#text': source.url, '@_isPermaLink': 'true' },
      description: 'Capacity grows by a third.',
      pubDate: 'Tue, 15 Apr 2025 00:00:00 +0500',
      'content:encoded': '<p>Ships & <em>cranes</em>.</p>',
      'dc:creator': 'A & B <C>',
      category: ['Economy', 'Karachi'],
      'media:content': {
        '@_url': `${SITE}/img.jpg?w=1200&h=675`,
        '@_type': 'image/jpeg',
        '@_medium': 'image',
        '@_width': '1200',
        '@_height': '675',
      },
    });
  });

  it('writes one pubDate per item, in the site zone, so a date-only dateline keeps its day', async () => {
    const { xml } = await buildRss([article()]);
    expect(xml.match(/<pubDate>[^<]*<\/pubDate>/g)).toEqual(['<pubDate>Tue, 15 Apr 2025 00:00:00 +0500</pubDate>']);
  });

  it('carries the channel data into the channel element', async () => {
    const { rss } = await buildRss([article()]);
    expect(rss.channel).toMatchObject({
      language: 'en',
      lastBuildDate: 'Tue, 15 Apr 2025 00:00:00 +0500',
      'atom:link': { '@_href': `${SITE}/rss.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' },
      image: { url: `${SITE}/feed-logo.png`, title: 'The Daily Insight', link: `${SITE}/` },
    });
  });

  it('stays within 2 MB, and every item within 1 MB, after fitting a feed of large markup-heavy articles', async () => {
    const paragraph = '<p>Cargo <a href="https://port.example/?berth=1&#x26;ship=2">report</a> &#x26; "data".</p>\n';
    const body = paragraph.repeat(Math.ceil((450 * 1024) / paragraph.length));
    const huge = paragraph.repeat(Math.ceil((1.5 * MB) / paragraph.length));
    const articles = Array.from({ length: 12 }, (_, index) =>
      article({
        url: `${SITE}/news/story-${index}/`,
        contentHtml: index === 1 ? huge : body,
      }),
    );
    const fitted = fitFeedLimits(articles);
    const { xml } = await buildRss(fitted);
    expect(bytes(xml)).toBeLessThanOrEqual(FEED_LIMITS.feedBytes);
    for (const item of xml.match(/<item>[\s\S]*?<\/item>/g) ?? []) {
      expect(bytes(item)).toBeLessThanOrEqual(FEED_LIMITS.itemBytes);
    }
    expect(fitted.length).toBeGreaterThan(0);
  });
});

describe('channel text', () => {
  it.each([
    ['The Daily Insight', 'The Daily Insight'],
    ['Q&A', 'Q&amp;A'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['"Quoted" and it\'s', '"Quoted" and it\'s'],
    ['موسمیاتی تبدیلی', 'موسمیاتی تبدیلی'],
  ])('escapes %j as HTML text: %j', (text, escaped) => {
    expect(channelText(text)).toBe(escaped);
  });

  const HOSTILE = `<img src=x onerror=alert('tag')>`;

  async function rssOfTopic(name: string) {
    const feed = channel({ title: `${name} | The Daily Insight`, description: `Related news on ${name}` });
    // As rssResponse (src/feeds/feeds.ts) hands the channel to @astrojs/rss.
    const xml = await getRssString({
      title: channelText(feed.title),
      description: channelText(feed.description),
      site: feed.siteUrl,
      xmlns: { ...RSS_NAMESPACES },
      customData: rssChannelData(feed, [article()]),
      items: toRssItems([article()]),
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false }).parse(xml) as {
      rss: { channel: { title: string; description: string; image: { title: string } } };
    };
    return parsed.rss.channel;
  }

  it('never gives a reader that shows channel text as HTML a live element: the decoded values hold no "<"', async () => {
    const decoded = await rssOfTopic(HOSTILE);
    for (const text of [decoded.title, decoded.description, decoded.image.title]) {
      expect(text).not.toContain('<');
      // Shown as HTML, it is the topic's name as typed, as text.
      const $ = cheerio.load(`<div>${text}</div>`);
      expect($('img')).toHaveLength(0);
      expect($('div').text()).toContain(HOSTILE);
    }
  });

  it('keeps an ordinary topic name as it is', async () => {
    const decoded = await rssOfTopic('Climate');
    expect(decoded.title).toBe('Climate | The Daily Insight');
    expect(decoded.description).toBe('Related news on Climate');
  });
});

describe('toJsonFeed', () => {
  it('describes the feed with the JSON Feed 1.1 top-level fields', () => {
    const feed = toJsonFeed(channel(), []);
    expect(feed).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Daily Insight',
      home_page_url: `${SITE}/`,
      feed_url: `${SITE}/feed.json`,
      description: 'News from Pakistan and the world.',
      icon: `${SITE}/logo-512.png`,
      favicon: `${SITE}/feed-logo.png`,
      language: 'en',
      items: [],
    });
  });

  it('maps an article to an item identified by its canonical URL', () => {
    const feed = toJsonFeed(channel(), [article({ contentHtml: '<p>Full story.</p>', lang: 'ur' })]);
    expect(feed['items']).toEqual([
      {
        id: `${SITE}/news/karachi-port/`,
        url: `${SITE}/news/karachi-port/`,
        title: 'Karachi Port Expands',
        summary: 'Capacity grows by a third.',
        content_html: '<p>Full story.</p>',
        date_published: '2025-04-15T00:00:00+05:00',
        authors: [{ name: 'Daniel Okafor', url: `${SITE}/author/daniel-okafor/` }],
        tags: ['Economy', 'Karachi'],
        language: 'ur',
      },
    ]);
  });

  it.each([
    ['an updated article gets date_modified', { updatedIso: '2025-04-16T09:30:00+05:00' }, 'date_modified', '2025-04-16T09:30:00+05:00'],
    ['an article never updated has no date_modified', { updatedIso: undefined }, 'date_modified', undefined],
    ['an article with a lead image gets image', { image: image() }, 'image', `${SITE}/_astro/port.abc123.jpg`],
    ['an article without an image has no image', { image: undefined }, 'image', undefined],
  ] as const)('%s', (_label, overrides, field, value) => {
    const feed = toJsonFeed(channel(), [article(overrides)]);
    const [item] = feed['items'] as Record<string, unknown>[];
    if (value === undefined) expect(item).not.toHaveProperty(field);
    else expect(item).toHaveProperty(field, value);
  });

  it('keeps the article order', () => {
    const feed = toJsonFeed(channel(), [article({ url: `${SITE}/news/b/` }), article({ url: `${SITE}/news/a/` })]);
    expect((feed['items'] as { id: string }[]).map((item) => item.id)).toEqual([`${SITE}/news/b/`, `${SITE}/news/a/`]);
  });

  it('survives a JSON round trip unchanged', () => {
    const feed = toJsonFeed(channel(), [article({ image: image(), updatedIso: '2025-04-16T09:30:00+05:00' })]);
    expect(JSON.parse(JSON.stringify(feed))).toEqual(feed);
  });
});

describe('fitFeedLimits', () => {
  it('allows 2 MB for a feed and 1 MB for an item', () => {
    expect(FEED_LIMITS).toEqual({ feedBytes: 2 * 1024 * 1024, itemBytes: 1024 * 1024 });
  });

  it('leaves a small feed unchanged and in order', () => {
    const articles = Array.from({ length: 50 }, (_, index) =>
      article({ url: `${SITE}/news/story-${index}/`, contentHtml: `<p>${'Story text. '.repeat(500)}</p>` }),
    );
    expect(fitFeedLimits(articles)).toEqual(articles);
  });

  it('gives an empty feed for no articles', () => {
    expect(fitFeedLimits([])).toEqual([]);
  });

  it('sends an item whose body is over 1 MB with its escaped summary as the body', () => {
    const big = article({
      url: `${SITE}/news/big/`,
      summary: 'Prices & wages <rise> "sharply"',
      contentHtml: `<p>${'x'.repeat(1.5 * MB)}</p>`,
    });
    const [fitted] = fitFeedLimits([big]);
    // Escaped as HTML text (entities' escapeText): quotes need no escaping there.
    expect(fitted).toEqual({ ...big, contentHtml: '<p>Prices &amp; wages &lt;rise&gt; "sharply"</p>' });
  });

  it('measures a body in UTF-8 bytes, not characters', () => {
    // 400,000 characters, but 1.2 MB in UTF-8.
    const big = article({ contentHtml: `<p>${'中'.repeat(400_000)}</p>` });
    expect(big.contentHtml.length).toBeLessThan(MB);
    const [fitted] = fitFeedLimits([big]);
    expect(fitted?.contentHtml).toBe('<p>Capacity grows by a third.</p>');
  });

  it('does not change the articles it was given', () => {
    const big = article({ contentHtml: 'x'.repeat(1.5 * MB) });
    fitFeedLimits([big]);
    expect(big.contentHtml).toHaveLength(1.5 * MB);
  });

  it('shortens only the oversized item and keeps the others whole and in order', () => {
    const articles = [
      article({ url: `${SITE}/news/a/` }),
      article({ url: `${SITE}/news/b/`, contentHtml: 'x'.repeat(1.5 * MB) }),
      article({ url: `${SITE}/news/c/` }),
    ];
    const fitted = fitFeedLimits(articles);
    expect(fitted.map((item) => item.url)).toEqual([`${SITE}/news/a/`, `${SITE}/news/b/`, `${SITE}/news/c/`]);
    expect(fitted[0]).toEqual(articles[0]);
    expect(fitted[1]?.contentHtml).toBe('<p>Capacity grows by a third.</p>');
    expect(fitted[2]).toEqual(articles[2]);
  });

  it('drops the oldest items when the feed would pass 2 MB, keeping the newest in order', () => {
    const articles = Array.from({ length: 10 }, (_, index) =>
      article({
        url: `${SITE}/news/story-${index}/`,
        contentHtml: `<p>${'y'.repeat(400 * 1024)}</p>`,
      }),
    );
    const fitted = fitFeedLimits(articles);
    expect(fitted.length).toBeGreaterThan(0);
    expect(fitted.length).toBeLessThan(articles.length);
    expect(fitted).toEqual(articles.slice(0, fitted.length));
    const bodyBytes = fitted.reduce((total, item) => total + bytes(item.contentHtml), 0);
    expect(bodyBytes).toBeLessThanOrEqual(FEED_LIMITS.feedBytes);
  });

  it('counts the overhead against the feed limit', () => {
    expect(fitFeedLimits([article()], FEED_LIMITS.feedBytes)).toEqual([]);
    expect(fitFeedLimits([article()], 0)).toEqual([article()]);
  });
});

describe('absolutizeUrls', () => {
  const PAGE = `${SITE}/news/karachi-port/`;

  it.each([
    ['a root-relative link', '<a href="/news/gwadar/">G</a>', `<a href="${SITE}/news/gwadar/">G</a>`],
    ['a parent-relative link', '<a href="../gwadar/">G</a>', `<a href="${SITE}/news/gwadar/">G</a>`],
    ['a document-relative link', '<a href="photos/">P</a>', `<a href="${SITE}/news/karachi-port/photos/">P</a>`],
    ['an in-page anchor', '<a href="#fn-1">1</a>', `<a href="${SITE}/news/karachi-port/#fn-1">1</a>`],
    ['a protocol-relative link', '<a href="//cdn.example/a.pdf">A</a>', '<a href="https://cdn.example/a.pdf">A</a>'],
    ['an image source', '<img src="/_astro/port.jpg" alt="Port">', `<img src="${SITE}/_astro/port.jpg" alt="Port">`],
    [
      'a query string written with &amp;',
      '<a href="/search/?q=port&amp;page=2">S</a>',
      `<a href="${SITE}/search/?q=port&amp;page=2">S</a>`,
    ],
    [
      'a non-ASCII path, percent-encoded',
      '<a href="/tag/پاکستان/">T</a>',
      `<a href="${SITE}/tag/${encodeURIComponent('پاکستان')}/">T</a>`,
    ],
  ])('makes %s absolute against the page URL', (_label, html, expected) => {
    expect(absolutizeUrls(html, PAGE)).toBe(expected);
  });

  it.each([
    ['an absolute link', '<a href="https://other.example/report.pdf?x=1&amp;y=2">R</a>'],
    ['a mailto link', '<a href="mailto:desk@dailyinsight.example">Mail</a>'],
    ['a tel link', '<a href="tel:+922112345678">Call</a>'],
    ['a malformed URL with a space in the host', '<a href="http://exa mple.com/">X</a>'],
    ['a malformed URL with no host', '<a href="https://">X</a>'],
    ['markup without links', '<p>No links <em>here</em>.</p>'],
  ])('leaves %s as it is', (_label, html) => {
    expect(absolutizeUrls(html, PAGE)).toBe(html);
  });

  it('rewrites every link and image in a body and keeps the rest of the markup', () => {
    const html =
      '<figure><img src="/a.jpg" alt="A"><figcaption>See <a href="/b/" title="B">B</a></figcaption></figure>\n' +
      '<p><a href="https://x.example/">X</a> and <a href="#top">top</a></p>';
    const $ = cheerio.load(absolutizeUrls(html, PAGE));
    expect($('img').attr('src')).toBe(`${SITE}/a.jpg`);
    expect($('a').toArray().map((el) => $(el).attr('href'))).toEqual([`${SITE}/b/`, 'https://x.example/', `${PAGE}#top`]);
    expect($('a').first().attr('title')).toBe('B');
    expect($('figcaption').text()).toBe('See B');
  });

  it('keeps every query parameter of a link whose & the site serializer wrote as &#x26;', () => {
    // rehype-stringify (the site's Markdown serializer) writes `&` in attributes as `&#x26;`.
    const $ = cheerio.load(absolutizeUrls('<a href="/search/?q=port&#x26;page=2">S</a>', PAGE));
    const href = $('a').attr('href') ?? '';
    expect(href).toBe(`${SITE}/search/?q=port&page=2`);
  });

  it('keeps the query parameters of Markdown links rendered by the Markdown pipeline', async () => {
    const processor = await createMarkdownProcessor();
    const { code } = await processor.render(
      '[search](/search/?q=port&page=2) and [report](https://stats.example/?year=2025&month=4)',
    );
    const $ = cheerio.load(absolutizeUrls(code, PAGE));
    const params = $('a')
      .toArray()
      .map((el) => Object.fromEntries(new URL($(el).attr('href') ?? '').searchParams));
    expect(params).toEqual([
      { q: 'port', page: '2' },
      { year: '2025', month: '4' },
    ]);
  });

  it('leaves href-like text in a code sample alone', () => {
    // The serializer escapes `<` in text but not `"`, so the text keeps ` href="..."` literally.
    const html = '<p>Write <code>&#x3C;a href="/news/">link&#x3C;/a></code> in HTML.</p>';
    const $ = cheerio.load(absolutizeUrls(html, PAGE));
    expect($('code').text()).toBe('<a href="/news/">link</a>');
  });
});

describe('feedPictureHtml', () => {
  const picture = { url: 'https://dailyinsight.example/_astro/chart.abc.jpeg', width: 1200, height: 675, alt: 'Bars "up"', figure: true };

  it.each([
    [
      'a picture standing alone, with its caption escaped',
      { ...picture, caption: 'Exports <b>rose</b> & more' },
      '<figure><img src="https://dailyinsight.example/_astro/chart.abc.jpeg" alt="Bars &#x22;up&#x22;" width="1200" height="675"><figcaption>Exports &#x3C;b>rose&#x3C;/b> &#x26; more</figcaption></figure>',
    ],
    ['a picture without a caption', { ...picture, caption: undefined }, '<figure><img src="https://dailyinsight.example/_astro/chart.abc.jpeg" alt="Bars &#x22;up&#x22;" width="1200" height="675"></figure>'],
    [
      'a picture inside a line, its caption kept as a title',
      { ...picture, figure: false, caption: 'Exports' },
      '<img src="https://dailyinsight.example/_astro/chart.abc.jpeg" alt="Bars &#x22;up&#x22;" width="1200" height="675" title="Exports">',
    ],
    ['a decorative picture', { ...picture, alt: '', caption: undefined }, '<figure><img src="https://dailyinsight.example/_astro/chart.abc.jpeg" alt="" width="1200" height="675"></figure>'],
  ])('writes %s as one plain <img>', (_label, input, expected) => {
    expect(feedPictureHtml(input)).toBe(expected);
  });
});
