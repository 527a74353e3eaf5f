import { describe, expect, it } from 'vitest';
import { absoluteUrl, createRoutes, outputFile } from '#src/config/urls.ts';

describe.each([
  ['/', '/'],
  ['', '/'],
  ['/news-site/', '/news-site/'],
  ['/news-site', '/news-site/'],
  ['news-site', '/news-site/'],
])('createRoutes with base %j', (base, root) => {
  const routes = createRoutes(base);

  it.each([
    ['home', () => routes.home(), ''],
    ['an article', () => routes.article('karachi-port'), 'news/karachi-port/'],
    ["an article's share card", () => routes.articleCard('karachi-port'), 'news/karachi-port/card.png'],
    ['the archive', () => routes.archive(), 'news/'],
    ['an author', () => routes.author('amina-rauf'), 'author/amina-rauf/'],
    ['a topic', () => routes.topic('climate'), 'tag/climate/'],
    ['the topic index', () => routes.topicIndex(), 'tag/'],
    ['the search page', () => routes.search(), 'search/'],
    ['the search index bundle', () => routes.searchBundle(), 'search/pagefind/'],
    ['the feed', () => routes.rss(), 'rss.xml'],
  ])(`puts %s under ${root}`, (_label, route, path) => {
    expect(route()).toBe(root + path);
  });

  it.each([
    ['the archive', (page?: number) => routes.archive(page), 'news/', 'news/page/'],
    ['an author', (page?: number) => routes.author('amina-rauf', page), 'author/amina-rauf/', 'author/amina-rauf/'],
    ['a topic', (page?: number) => routes.topic('climate', page), 'tag/climate/', 'tag/climate/'],
  ])('gives the head of %s no number and every numbered page, page 1 included, its number', (_label, route, first, later) => {
    expect(route(undefined)).toBe(root + first);
    expect(route(1)).toBe(`${root}${later}1/`);
    expect(route(2)).toBe(`${root}${later}2/`);
    expect(route(12)).toBe(`${root}${later}12/`);
  });
});

describe('createRoutes path encoding', () => {
  const routes = createRoutes('/news-site/');

  it('percent-encodes a non-ASCII slug and the result decodes back to it', () => {
    const path = routes.topic('پاکستان-کی-معیشت');
    expect(path).toBe(`/news-site/tag/${encodeURIComponent('پاکستان-کی-معیشت')}/`);
    expect(path).toMatch(/^[\x21-\x7e]+$/);
    expect(decodeURIComponent(path)).toBe('/news-site/tag/پاکستان-کی-معیشت/');
  });

  it.each([
    ['a slash', 'a/b', '/news-site/news/a%2Fb/'],
    ['a hash', 'c#', '/news-site/news/c%23/'],
    ['a question mark', 'why?', '/news-site/news/why%3F/'],
  ])('keeps %s inside one path segment', (_label, slug, expected) => {
    expect(routes.article(slug)).toBe(expected);
  });
});

describe('list pages', () => {
  const routes = createRoutes('/');
  it.each([
    ['the archive head', routes.archive(), '/news/'],
    ['archive page 1, the oldest', routes.archive(1), '/news/page/1/'],
    ['a topic head', routes.topic('economy'), '/tag/economy/'],
    ['topic page 1', routes.topic('economy', 1), '/tag/economy/1/'],
    ['an author head', routes.author('amina-rauf'), '/author/amina-rauf/'],
    ['author page 3', routes.author('amina-rauf', 3), '/author/amina-rauf/3/'],
  ])('gives %s its own URL', (_label, route, expected) => {
    expect(route).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['https://dailyinsight.example', '/news/karachi-port/', 'https://dailyinsight.example/news/karachi-port/'],
    ['https://dailyinsight.example/', '/news/karachi-port/', 'https://dailyinsight.example/news/karachi-port/'],
    ['https://dailyinsight.example//', '/rss.xml', 'https://dailyinsight.example/rss.xml'],
    ['https://someone.github.io', '/news-site/news/a/', 'https://someone.github.io/news-site/news/a/'],
    ['http://127.0.0.1:4321', '/tag/%D8%A7/', 'http://127.0.0.1:4321/tag/%D8%A7/'],
  ])('joins %s and %s', (site, path, expected) => {
    expect(absoluteUrl(site, path)).toBe(expected);
  });

  it('makes every route of a sub-path site absolute', () => {
    const routes = createRoutes('/news-site/');
    expect(absoluteUrl('https://someone.github.io', routes.archive(2))).toBe(
      'https://someone.github.io/news-site/news/page/2/',
    );
  });
});

describe('outputFile', () => {
  const routes = createRoutes('/');
  it.each([
    [routes.article('port-plan'), 'news/port-plan/index.html'],
    [routes.articleCard('port-plan'), 'news/port-plan/card.png'],
    [routes.home(), 'index.html'],
    [routes.rss(), 'rss.xml'],
    [routes.topic('کراچی'), 'tag/کراچی/index.html'],
  ])('writes %s to %s', (route, file) => {
    expect(outputFile(route)).toBe(file);
  });
});
