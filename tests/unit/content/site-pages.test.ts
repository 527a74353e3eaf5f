import { describe, expect, it } from 'vitest';
import { listSitePaths, resolveSitePath, type PublishedSite } from '#src/content/site-pages.ts';
import { createRoutes } from '#src/config/urls.ts';

const routes = createRoutes('/');
const PAGE_SIZES = { archive: 20, author: 20, tag: 20 };

function slugs(count: number, prefix = 'story'): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}`);
}

function site(changes: Partial<PublishedSite> = {}): PublishedSite {
  return {
    articleSlugs: ['karachi-port', 'lahore-book-fair'],
    articlesPerAuthor: new Map([['amina-rauf', 2]]),
    articlesPerTopic: new Map([
      ['pakistan', 2],
      ['central-asia', 1],
    ]),
    pageSizes: PAGE_SIZES,
    extraPaths: ['/robots.txt', '/favicon.svg'],
    ...changes,
  };
}

describe('listSitePaths for a small newsroom', () => {
  const paths = listSitePaths(site(), routes);

  it('lists exactly the home, index, feed, archive, article, author, topic and extra paths', () => {
    expect([...paths].sort()).toEqual(
      [
        '/',
        '/tag/',
        '/rss.xml',
        '/feed.json',
        '/robots.txt',
        '/favicon.svg',
        '/news/',
        '/news/karachi-port/',
        '/news/lahore-book-fair/',
        '/author/amina-rauf/',
        '/author/amina-rauf/rss.xml',
        '/tag/pakistan/',
        '/tag/pakistan/rss.xml',
        '/tag/central-asia/',
        '/tag/central-asia/rss.xml',
      ].sort(),
    );
  });

  it.each([
    ['an archive page before it is full', '/news/page/1/'],
    ['an author page before it is full', '/author/amina-rauf/1/'],
    ['a topic page before it is full', '/tag/pakistan/1/'],
    ['an article that is not listed', '/news/missing/'],
    ['an article without its trailing slash', '/news/karachi-port'],
  ])('does not list %s', (_label, path) => {
    expect(paths.has(path)).toBe(false);
  });
});

describe('listSitePaths pagination', () => {
  it.each([
    [0, 0],
    [1, 0],
    [19, 0],
    [20, 1],
    [39, 1],
    [40, 2],
    [41, 2],
  ])('gives %i published articles the head and %i full archive page(s)', (count, pages) => {
    const paths = listSitePaths(site({ articleSlugs: slugs(count) }), routes);
    const archivePages = [...paths].filter((path) => path === '/news/' || path.startsWith('/news/page/'));
    expect(archivePages.sort()).toEqual(['/news/', ...Array.from({ length: pages }, (_, index) => `/news/page/${index + 1}/`)].sort());
  });

  it.each([
    ['author', 'amina-rauf', (page?: number) => routes.author('amina-rauf', page)],
    ['topic', 'pakistan', (page?: number) => routes.topic('pakistan', page)],
  ] as const)('builds a numbered %s page only once it is full', (kind, key, route) => {
    const counts = (count: number) =>
      kind === 'author'
        ? site({ articlesPerAuthor: new Map([[key, count]]) })
        : site({ articlesPerTopic: new Map([[key, count]]) });
    expect(listSitePaths(counts(19), routes).has(route(1))).toBe(false);
    expect(listSitePaths(counts(20), routes).has(route(1))).toBe(true);
    expect(listSitePaths(counts(20), routes).has(route())).toBe(true);
    expect(listSitePaths(counts(39), routes).has(route(2))).toBe(false);
  });

  it('uses each list its own page size', () => {
    const paths = listSitePaths(
      site({
        articleSlugs: slugs(5),
        articlesPerAuthor: new Map([['amina-rauf', 5]]),
        articlesPerTopic: new Map([['pakistan', 5]]),
        pageSizes: { archive: 2, author: 5, tag: 4 },
      }),
      routes,
    );
    expect(paths.has('/news/page/2/')).toBe(true);
    expect(paths.has('/news/page/3/')).toBe(false);
    expect(paths.has('/author/amina-rauf/1/')).toBe(true);
    expect(paths.has('/author/amina-rauf/2/')).toBe(false);
    expect(paths.has('/tag/pakistan/1/')).toBe(true);
    expect(paths.has('/tag/pakistan/2/')).toBe(false);
  });

  it('still gives an author with no published articles a head page and a feed', () => {
    const paths = listSitePaths(site({ articlesPerAuthor: new Map([['daniel-okafor', 0]]) }), routes);
    expect(paths.has('/author/daniel-okafor/')).toBe(true);
    expect(paths.has('/author/daniel-okafor/rss.xml')).toBe(true);
    expect(paths.has('/author/daniel-okafor/1/')).toBe(false);
  });
});

describe('listSitePaths with non-ASCII slugs', () => {
  const paths = listSitePaths(
    site({ articlesPerTopic: new Map([['پاکستان', 21]]), articlesPerAuthor: new Map([['amina-rauf', 1]]) }),
    routes,
  );

  it.each([
    ['the topic page', '/tag/پاکستان/'],
    ['its first numbered page', '/tag/پاکستان/1/'],
    ['its feed', '/tag/پاکستان/rss.xml'],
  ])('stores %s decoded', (_label, path) => {
    expect(paths.has(path)).toBe(true);
    expect(paths.has(encodeURI(path))).toBe(false);
  });

  it('matches what resolveSitePath gives for an encoded link to the topic', () => {
    expect(paths.has(resolveSitePath(encodeURI('/tag/پاکستان/'), '/news/a/') ?? '')).toBe(true);
  });
});

describe('resolveSitePath', () => {
  it.each([
    ['a root-relative article link', '/news/karachi-port/', '/news/other/', '/news/karachi-port/'],
    ['a sibling article link', '../karachi-port/', '/news/other/', '/news/karachi-port/'],
    ['a link two levels up', '../../tag/pakistan/', '/news/other/', '/tag/pakistan/'],
    ['a link to a page below the current one', 'photos/', '/news/other/', '/news/other/photos/'],
    ['a bare slug relative to the archive', 'karachi-port/', '/news/', '/news/karachi-port/'],
    ['a dot link', './', '/news/other/', '/news/other/'],
    ['a link with too many parent steps', '../../../../news/', '/news/other/', '/news/'],
    ['an absolute link without its trailing slash', '/news', '/news/other/', '/news/'],
    ['an article link without its trailing slash', '/news/karachi-port', '/', '/news/karachi-port/'],
    ['a relative link without its trailing slash', '../karachi-port', '/news/other/', '/news/karachi-port/'],
    ['a feed file', '/rss.xml', '/news/other/', '/rss.xml'],
    ['a nested feed file', '/tag/pakistan/rss.xml', '/', '/tag/pakistan/rss.xml'],
    ['a public file with an upper-case extension', '/images/MAP.PNG', '/', '/images/MAP.PNG'],
    ['a link with a query string', '/news/karachi-port/?utm_source=x', '/', '/news/karachi-port/'],
    ['a link with a fragment', '/news/karachi-port/#timeline', '/', '/news/karachi-port/'],
    ['a link with both', '/news?page=2#top', '/', '/news/'],
    ['a query string alone', '?page=2', '/news/other/', '/news/other/'],
    ['a fragment alone', '#timeline', '/news/other/', '/news/other/'],
    ['a percent-encoded Urdu topic', '/tag/%D9%BE%D8%A7%DA%A9%D8%B3%D8%AA%D8%A7%D9%86/', '/', '/tag/پاکستان/'],
    ['an unencoded Urdu topic', '/tag/پاکستان/', '/', '/tag/پاکستان/'],
    ['an encoded space', '/news/a%20b/', '/', '/news/a b/'],
  ])('resolves %s', (_label, url, from, expected) => {
    expect(resolveSitePath(url, from)).toBe(expected);
  });

  it('resolves against a non-ASCII page path as the routes encode it', () => {
    expect(resolveSitePath('../karachi-port/', routes.article('پاکستان'))).toBe('/news/karachi-port/');
  });

  it.each([
    ['a truncated percent escape', '/news/%E0%A4%A/'],
    ['an invalid UTF-8 escape', '/news/%FF/'],
  ])('gives undefined for %s', (_label, url) => {
    expect(resolveSitePath(url, '/news/other/')).toBeUndefined();
  });
});
