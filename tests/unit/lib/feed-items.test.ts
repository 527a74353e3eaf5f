import { describe, expect, it } from 'vitest';
import { escapeXml, toRssItems, type FeedSource } from '../../../src/lib/feed-items.ts';
import { createRoutes } from '../../../src/lib/urls.ts';

const source = (overrides: Partial<FeedSource> = {}): FeedSource => ({
  slug: 'karachi-port',
  title: 'Karachi Port Expands',
  summary: 'Capacity grows by a third.',
  published: new Date('2025-04-14T19:00:00Z'),
  authorName: 'Daniel Okafor',
  topicNames: ['Economy', 'Karachi'],
  ...overrides,
});

describe('toRssItems', () => {
  it('maps an article to an item with an absolute link under the base path', () => {
    const article = source();
    const [item] = toRssItems([article], createRoutes('/news-site/'), 'https://someone.github.io');
    expect(item).toEqual({
      title: 'Karachi Port Expands',
      link: 'https://someone.github.io/news-site/news/karachi-port/',
      pubDate: article.published,
      description: 'Capacity grows by a third.',
      categories: ['Economy', 'Karachi'],
      customData: '<dc:creator>Daniel Okafor</dc:creator>',
    });
  });

  it('makes links absolute for a root site with a trailing slash', () => {
    const [item] = toRssItems([source()], createRoutes('/'), 'https://dailyinsight.example/');
    expect(item?.link).toBe('https://dailyinsight.example/news/karachi-port/');
  });

  it('percent-encodes a non-ASCII slug in the link', () => {
    const [item] = toRssItems([source({ slug: 'کراچی' })], createRoutes('/'), 'https://dailyinsight.example');
    expect(item?.link).toBe(`https://dailyinsight.example/news/${encodeURIComponent('کراچی')}/`);
  });

  it('escapes the author name in dc:creator', () => {
    const [item] = toRssItems(
      [source({ authorName: 'Tom & <Jerry>' })],
      createRoutes('/'),
      'https://dailyinsight.example',
    );
    expect(item?.customData).toBe('<dc:creator>Tom &amp; &lt;Jerry&gt;</dc:creator>');
  });

  it('keeps the article order and copies the topic list', () => {
    const articles = [source({ slug: 'b' }), source({ slug: 'a' })];
    const items = toRssItems(articles, createRoutes('/'), 'https://dailyinsight.example');
    expect(items.map((item) => item.link)).toEqual([
      'https://dailyinsight.example/news/b/',
      'https://dailyinsight.example/news/a/',
    ]);
    expect(items[0]?.categories).not.toBe(articles[0]?.topicNames);
  });
});

describe('escapeXml', () => {
  it.each([
    ['A & B', 'A &amp; B'],
    ['<b>', '&lt;b&gt;'],
    ['&amp;', '&amp;amp;'],
    ['plain', 'plain'],
  ])('escapes %j as %j', (text, xml) => {
    expect(escapeXml(text)).toBe(xml);
  });
});
