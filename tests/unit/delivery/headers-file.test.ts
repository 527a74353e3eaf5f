import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL } from '#src/delivery/cache.ts';
import { headerRules, renderHeadersFile, type HeaderRule, type OutputEntry } from '#src/delivery/headers-file.ts';
import { cspHeader } from '#src/delivery/security.ts';
import { createRoutes, SEARCH_BUNDLE_DIR } from '#src/config/urls.ts';

/** The top of a build's output, as the integration lists it. */
const OUTPUT: OutputEntry[] = [
  ...['news', 'author', 'tag', 'search', 'admin'].map((name) => ({ name, isDirectory: true, holdsPages: true })),
  ...['_astro', 'images'].map((name) => ({ name, isDirectory: true, holdsPages: false })),
  ...['index.html', '404.html', 'rss.xml', 'feed.json', 'sitemap-index.xml', 'sitemap-0.xml', 'news-sitemap.xml', 'robots.txt', 'logo-512.png', 'search.js', '_headers', '_redirects', 'nginx-routes.conf'].map(
    (name) => ({ name, isDirectory: false, holdsPages: false }),
  ),
];

/** Cloudflare Pages' matching: `*` matches anything, `:name` one path segment, the rest literally. */
function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[a-z]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** Each header of a request path with every value matching rules give it (Cloudflare joins them). */
function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const rule of rules.filter((candidate) => matches(candidate.pattern, path))) {
    for (const [name, value] of rule.headers) headers.set(name, [...(headers.get(name) ?? []), value]);
  }
  return headers;
}

describe.each(['/', '/news-site/'])('_headers under the base path %s', (base) => {
  const rules = headerRules(createRoutes(base), OUTPUT);
  const at = (path: string) => headersFor(rules, `${base}${path}`);

  it.each([
    '',
    'index.html',
    'news/embassy-talks/',
    'news/page/2/',
    'author/john-doe/rss.xml',
    'tag/economy/rss.xml',
    'search/',
    '_astro/frame.css',
    'search/pagefind/pagefind-ui.js',
    'images/harbour.jpg',
    'rss.xml',
    'feed.json',
    'sitemap-0.xml',
    'logo-512.png',
    'admin/',
    'admin/decap-cms.js',
  ])('gives %j each header from exactly one rule', (path) => {
    const headers = at(path);
    for (const name of ['Cache-Control', 'Content-Security-Policy', 'X-Content-Type-Options', 'Strict-Transport-Security']) {
      expect(headers.get(name), name).toHaveLength(1);
    }
    for (const [name, values] of headers) expect(values, name).toHaveLength(1);
  });

  it.each([
    ['', CACHE_CONTROL.document],
    ['news/embassy-talks/', CACHE_CONTROL.document],
    ['tag/economy/rss.xml', CACHE_CONTROL.document],
    ['sitemap-index.xml', CACHE_CONTROL.document],
    ['search/pagefind/pagefind-entry.json', CACHE_CONTROL.document],
    ['_astro/frame.css', CACHE_CONTROL.immutable],
    ['images/harbour.jpg', CACHE_CONTROL.file],
    ['logo-512.png', CACHE_CONTROL.file],
  ])('caches %j with %j', (path, expected) => {
    expect(at(path).get('Cache-Control')).toEqual([expected]);
  });

  it.each([
    ['rss.xml', 'application/rss+xml; charset=utf-8'],
    ['author/ayesha-khan/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['tag/economy/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['feed.json', 'application/feed+json; charset=utf-8'],
    ['sitemap-0.xml', 'application/xml; charset=utf-8'],
    ['news-sitemap.xml', 'application/xml; charset=utf-8'],
  ])('types %j as %j', (path, expected) => {
    expect(at(path).get('Content-Type')).toEqual([expected]);
  });

  it('gives the search folder its own policy and every other page the content policy', () => {
    expect(at('search/').get('Content-Security-Policy')).toEqual([cspHeader('search')[1]]);
    // Pagefind's worker runs under its own response's policy, so the bundle must be in the folder.
    expect(createRoutes(base).searchBundle().startsWith(createRoutes(base).search())).toBe(true);
    expect(at(`${SEARCH_BUNDLE_DIR}/pagefind-worker.js`).get('Content-Security-Policy')).toEqual([cspHeader('search')[1]]);
    expect(at('news/embassy-talks/').get('Content-Security-Policy')).toEqual([cspHeader('content')[1]]);
    expect(at('news/search/').get('Content-Security-Policy')).toEqual([cspHeader('content')[1]]);
  });

  it('gives the browser editor its own policy and a noindex header, and no other path either', () => {
    for (const path of ['admin/', 'admin/config.json', 'admin/decap-cms.js', 'admin/1234.decap-cms.js']) {
      expect(at(path).get('Content-Security-Policy'), path).toEqual([cspHeader('admin')[1]]);
      expect(at(path).get('X-Robots-Tag'), path).toEqual(['noindex, nofollow']);
      expect(at(path).get('Cache-Control'), path).toEqual([CACHE_CONTROL.document]);
    }
    for (const path of ['', 'news/admin/', 'search/', '_astro/frame.css']) {
      expect(at(path).get('Content-Security-Policy'), path).not.toEqual([cspHeader('admin')[1]]);
      expect(at(path).get('X-Robots-Tag'), path).toBeUndefined();
    }
  });

  it('writes no rule for the host files themselves, and every pattern under the base', () => {
    expect(rules.map((rule) => rule.pattern).filter((pattern) => /_headers|_redirects|nginx-routes/.test(pattern))).toEqual([]);
    expect(rules.every((rule) => rule.pattern.startsWith(base))).toBe(true);
  });
});

describe('renderHeadersFile', () => {
  it('writes each rule as its pattern and indented headers', () => {
    const text = renderHeadersFile([
      { pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
      { pattern: '/_astro/*', headers: [['Cache-Control', CACHE_CONTROL.immutable]] },
    ]);
    expect(text.split('\n').slice(1)).toEqual([
      '/*',
      '  X-Content-Type-Options: nosniff',
      '/_astro/*',
      `  Cache-Control: ${CACHE_CONTROL.immutable}`,
      '',
    ]);
    expect(text.startsWith('#')).toBe(true);
  });
});
