import { describe, expect, it } from 'vitest';
import { aliasRedirects, nginxString, renderNginxRedirects, renderRedirectsFile } from '#src/delivery/redirects.ts';
import { createRoutes } from '#src/config/urls.ts';

const articles = [
  { slug: 'port-expands', aliases: ['port-plan', 'harbour-plan'] },
  { slug: 'rail-deal', aliases: [] },
  { slug: 'budget', aliases: ['budget-draft'] },
];

describe('aliasRedirects', () => {
  it('leads each old slug to its article, sorted by old path', () => {
    expect(aliasRedirects(articles, createRoutes('/'))).toEqual([
      { from: '/news/budget-draft/', to: '/news/budget/' },
      { from: '/news/harbour-plan/', to: '/news/port-expands/' },
      { from: '/news/port-plan/', to: '/news/port-expands/' },
    ]);
  });

  it('puts the base path on both ends', () => {
    expect(aliasRedirects([{ slug: 'budget', aliases: ['budget-draft'] }], createRoutes('/news-site/'))).toEqual([
      { from: '/news-site/news/budget-draft/', to: '/news-site/news/budget/' },
    ]);
  });
});

describe('host redirect files', () => {
  const redirects = aliasRedirects(articles, createRoutes('/news-site/'));

  it('writes one `from to 301` line per redirect in _redirects', () => {
    const lines = renderRedirectsFile(redirects).split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual([
      '/news-site/news/budget-draft/ /news-site/news/budget/ 301',
      '/news-site/news/harbour-plan/ /news-site/news/port-expands/ 301',
      '/news-site/news/port-plan/ /news-site/news/port-expands/ 301',
    ]);
  });

  it('writes an exact nginx location per redirect that keeps the query string', () => {
    expect(renderNginxRedirects(redirects.slice(0, 1))).toEqual([
      'location = /news-site/news/budget-draft/ { return 301 /news-site/news/budget/$is_args$args; }',
    ]);
  });

  it.each(['/news/a b/', '/news/x/;return 200', 'news/x/', '/news/{x}/'])('refuses %j as an nginx path', (path) => {
    expect(() => nginxString(path)).toThrow(/not a plain site path/);
  });
});
