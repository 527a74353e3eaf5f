import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL } from '#src/delivery/cache.ts';
import { NGINX_CONFIG_PATH } from '#src/delivery/files.ts';
import { renderNginxConfig, renderNginxRoutes } from '#src/delivery/nginx.ts';
import { commonSecurityHeaders, cspHeader } from '#src/delivery/security.ts';
import { createRoutes } from '#src/config/urls.ts';

/** Each `location … {` block of a config, with the headers it adds, by its head. */
function locations(config: string): Map<string, Map<string, string>> {
  const blocks = new Map<string, Map<string, string>>();
  for (const match of config.matchAll(/^(location [^\n{]+?) \{\n([\s\S]*?)^\}/gm)) {
    const headers = new Map<string, string>();
    for (const line of (match[2] ?? '').matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)) {
      headers.set(line[1] ?? '', (line[2] ?? '').replace(/\\(.)/g, '$1'));
    }
    blocks.set(match[1] ?? '', headers);
  }
  return blocks;
}

describe('deploy/nginx.conf', () => {
  it('is exactly what the delivery rules render (run `npm run delivery:nginx` after changing them)', () => {
    expect(readFileSync(NGINX_CONFIG_PATH, 'utf8')).toBe(renderNginxConfig());
  });

  it('repeats every security header in every location that serves files', () => {
    const serving = [...locations(renderNginxConfig())].filter(([, headers]) => headers.size > 0);
    expect(serving.length).toBeGreaterThanOrEqual(5);
    for (const [head, headers] of serving) {
      for (const [name, value] of [...commonSecurityHeaders(), cspHeader('content')]) expect(headers.get(name), `${head} ${name}`).toBe(value);
    }
  });

  it('caches hashed assets as immutable, documents briefly and other files for a day', () => {
    const blocks = locations(renderNginxConfig());
    expect(blocks.get('location ~ /_astro/')?.get('Cache-Control')).toBe(CACHE_CONTROL.immutable);
    expect(blocks.get('location ~* \\.(?:html|xml|json|txt)$')?.get('Cache-Control')).toBe(CACHE_CONTROL.document);
    expect(blocks.get('location ~ /rss\\.xml$')?.get('Cache-Control')).toBe(CACHE_CONTROL.document);
    expect(blocks.get('location /')?.get('Cache-Control')).toBe(CACHE_CONTROL.file);
  });

  it('names feed types, AVIF and WebP, and compresses text', () => {
    const config = renderNginxConfig();
    expect(config).toMatch(/location ~ \/rss\\\.xml\$ \{\n {4}types \{ \}\n {4}default_type application\/rss\+xml;/);
    expect(config).toMatch(/default_type application\/feed\+json;/);
    expect(config).toMatch(/^ {4}image\/avif avif;$/m);
    expect(config).toMatch(/^ {4}image\/webp webp;$/m);
    expect(config).toMatch(/^gzip_types .*application\/rss\+xml.*;$/m);
    expect(config).toMatch(/^ {4}try_files \$uri \$uri\/ =404;$/m);
  });

  it('depends on no base path: no location starts with one', () => {
    const heads = [...locations(renderNginxConfig()).keys()];
    expect(heads.filter((head) => /^location (?:=|\^~)/.test(head))).toEqual([]);
  });
});

describe('nginx-routes.conf of a build', () => {
  const routes = createRoutes('/news-site/');
  const config = renderNginxRoutes(routes, [{ from: '/news-site/news/old/', to: '/news-site/news/new/' }]);

  it('serves the 404 page under the base path', () => {
    expect(config).toMatch(/^error_page 404 \/news-site\/404\.html;$/m);
  });

  it('gives the search folder the search policy, in a prefix location that beats the regex ones', () => {
    const search = locations(config).get('location ^~ /news-site/search/');
    expect(search?.get('Content-Security-Policy')).toBe(cspHeader('search')[1]);
    expect(search?.get('Cache-Control')).toBe(CACHE_CONTROL.document);
    // Pagefind's worker runs under its own response's policy, so the bundle must be in the folder.
    expect(routes.searchBundle().startsWith(routes.search())).toBe(true);
    for (const [name, value] of commonSecurityHeaders()) expect(search?.get(name)).toBe(value);
  });

  it('gives the browser editor its own policy and keeps it out of search engines, in a prefix location', () => {
    const admin = locations(config).get('location ^~ /news-site/admin/');
    expect(admin?.get('Content-Security-Policy')).toBe(cspHeader('admin')[1]);
    expect(admin?.get('X-Robots-Tag')).toBe('noindex, nofollow');
    expect(admin?.get('Cache-Control')).toBe(CACHE_CONTROL.document);
    for (const [name, value] of commonSecurityHeaders()) expect(admin?.get(name)).toBe(value);
    // Only the editor's folder: no other location carries its policy.
    const others = [...locations(config)].filter(([head]) => head !== 'location ^~ /news-site/admin/');
    expect(others.some(([, headers]) => headers.get('Content-Security-Policy') === cspHeader('admin')[1])).toBe(false);
  });

  it('redirects each old slug', () => {
    expect(config).toContain('location = /news-site/news/old/ { return 301 /news-site/news/new/$is_args$args; }');
  });
});
