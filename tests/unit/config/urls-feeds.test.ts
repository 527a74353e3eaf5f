import { describe, expect, it } from 'vitest';
import { absoluteUrl, createRoutes } from '#src/config/urls.ts';

describe.each([
  ['/', '/'],
  ['/news-site/', '/news-site/'],
])('feed and sitemap routes with base %j', (base, root) => {
  const routes = createRoutes(base);

  it.each([
    ['an author feed', () => routes.authorRss('amina-rauf'), 'author/amina-rauf/rss.xml'],
    ['a topic feed', () => routes.topicRss('climate'), 'tag/climate/rss.xml'],
    ['the JSON feed', () => routes.jsonFeed(), 'feed.json'],
    ['the sitemap index', () => routes.sitemapIndex(), 'sitemap-index.xml'],
    ['the news sitemap', () => routes.newsSitemap(), 'news-sitemap.xml'],
    ['an asset', () => routes.asset('logo-512.png'), 'logo-512.png'],
    ['an asset named with a leading slash', () => routes.asset('/feed-logo.png'), 'feed-logo.png'],
    ['an asset in a folder', () => routes.asset('icons/apple-touch-icon.png'), 'icons/apple-touch-icon.png'],
  ])(`puts %s under ${root}`, (_label, route, path) => {
    expect(route()).toBe(root + path);
  });

  it('puts an author feed inside the author page folder', () => {
    expect(routes.authorRss('amina-rauf')).toBe(`${routes.author('amina-rauf')}rss.xml`);
  });

  it('puts a topic feed inside the topic page folder', () => {
    expect(routes.topicRss('climate')).toBe(`${routes.topic('climate')}rss.xml`);
  });

  it('keeps a non-ASCII topic slug percent-encoded in its feed path', () => {
    const path = routes.topicRss('پاکستان');
    expect(path).toBe(`${root}tag/${encodeURIComponent('پاکستان')}/rss.xml`);
    expect(path).toMatch(/^[\x21-\x7e]+$/);
  });

  it.each([
    ['an author id', (value: string) => routes.authorRss(value)],
    ['a topic slug', (value: string) => routes.topicRss(value)],
  ])('keeps a slash in %s inside one path segment', (_label, route) => {
    expect(route('a/b')).toContain('/a%2Fb/rss.xml');
  });
});

describe('absolute feed URLs', () => {
  it.each([
    ['/', 'https://dailyinsight.example', 'https://dailyinsight.example/feed.json'],
    ['/', 'https://dailyinsight.example/', 'https://dailyinsight.example/feed.json'],
    ['/news-site/', 'https://someone.github.io', 'https://someone.github.io/news-site/feed.json'],
    ['/news-site/', 'https://someone.github.io/', 'https://someone.github.io/news-site/feed.json'],
  ])('resolves the JSON feed under base %j on %s to %s', (base, siteUrl, expected) => {
    expect(absoluteUrl(siteUrl, createRoutes(base).jsonFeed())).toBe(expected);
  });

  it.each([
    ['/', 'https://dailyinsight.example/author/amina-rauf/rss.xml'],
    ['/news-site/', 'https://dailyinsight.example/news-site/author/amina-rauf/rss.xml'],
  ])('resolves an author feed under base %j to %s', (base, expected) => {
    expect(absoluteUrl('https://dailyinsight.example', createRoutes(base).authorRss('amina-rauf'))).toBe(expected);
  });
});
