import type { Routes } from '../config/urls.ts';
import { CACHE_CONTROL, DOCUMENT_EXTENSIONS, HASHED_ASSETS_DIR, type CacheClass } from './cache.ts';
import { DEFAULT_TYPE, isTextType, TYPES_BY_EXTENSION, TYPES_BY_FILE_NAME } from './content-types.ts';
import { DELIVERY_FILES, NGINX_ROUTES_FILE } from './files.ts';
import { nginxString, renderNginxRedirects, type Redirect } from './redirects.ts';
import { commonSecurityHeaders, cspHeader, type Header, type PageKind } from './security.ts';
import { NOINDEX_HEADER } from './headers-file.ts';
import { ADMIN_DIR } from '../admin/route.ts';

const GENERATED = 'Generated from src/delivery/ by `npm run delivery:nginx`: edit the source, not this file.';

/**
 * `deploy/nginx.conf`: the delivery rules of every build, for inclusion in a `server` block.
 * It holds nothing that depends on the base path or the content, so one file serves every
 * deployment; the build's `nginx-routes.conf` adds the rest. Every location repeats the
 * security headers, because nginx drops inherited `add_header`s in a block that sets its own.
 */
export function renderNginxConfig(): string {
  const textTypes = [...new Set([...Object.values(TYPES_BY_EXTENSION), ...Object.values(TYPES_BY_FILE_NAME)])]
    .filter(isTextType)
    // nginx always includes text/html in these lists and warns when it is named again.
    .filter((type) => type !== 'text/html');
  const typesByMedia = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(TYPES_BY_EXTENSION)) {
    typesByMedia.set(type, [...(typesByMedia.get(type) ?? []), extension]);
  }
  const namedTypeLocations = Object.entries(TYPES_BY_FILE_NAME).flatMap(([name, type]) => [
    `# Every ${name}, wherever it is.`,
    ...block(`location ~ /${escapeRegex(name)}$`, ['types { }', `default_type ${type};`, ...headerLines('document', 'content')]),
  ]);
  return [
    `# ${GENERATED}`,
    '#',
    '# Include it in the server block of the site, with the build\'s own nginx-routes.conf (404 page,',
    '# search page, renamed articles). `root` is the folder that holds the site at its base path:',
    '# the build output itself for BASE_PATH=/, or the folder with the output in news-site/ for',
    '# BASE_PATH=/news-site/.',
    '#',
    '#     server {',
    '#         listen 443 ssl;',
    '#         server_name news.example;',
    '#         root /srv/www;',
    '#         include snippets/news-site.conf;                   # this file',
    `#         include /srv/www/news-site/${NGINX_ROUTES_FILE};   # from the build`,
    '#     }',
    '',
    'charset utf-8;',
    `charset_types ${textTypes.join(' ')};`,
    ...block(
      'types',
      [...typesByMedia].map(([type, extensions]) => `${type} ${extensions.join(' ')};`),
    ),
    `default_type ${DEFAULT_TYPE};`,
    'index index.html;',
    '# Redirects (a folder without its slash) keep the scheme and host the reader used, as behind a CDN.',
    'absolute_redirect off;',
    'server_tokens off;',
    '',
    'gzip on;',
    'gzip_vary on;',
    'gzip_comp_level 6;',
    'gzip_min_length 256;',
    `gzip_types ${textTypes.join(' ')};`,
    '',
    '# Files the build writes for hosts, not for readers.',
    ...block(`location ~ /(?:${DELIVERY_FILES.map(escapeRegex).join('|')})$`, ['return 404;']),
    '',
    '# Hashed build assets: a new name whenever the content changes.',
    ...block(`location ~ /${HASHED_ASSETS_DIR}/`, headerLines('immutable', 'content')),
    '',
    ...namedTypeLocations,
    '',
    '# Pages (a folder URL ends here as its index.html), feeds, sitemaps, robots.txt.',
    ...block(`location ~* \\.(?:${DOCUMENT_EXTENSIONS.join('|')})$`, headerLines('document', 'content')),
    '',
    '# Everything else: files from public/.',
    ...block('location /', [...headerLines('file', 'content'), 'try_files $uri $uri/ =404;']),
    '',
  ].join('\n');
}

/**
 * `nginx-routes.conf`, written into each build: what depends on its base path and content.
 * The 404 page; the search folder's own policy and short caching, for the page, its script and
 * Pagefind's bundle (fixed names, new index each build), in a prefix location that wins over
 * the regular-expression ones and also covers the `index.html` the folder URL ends at; and one
 * redirect per old slug of a renamed article. The browser editor's folder, likewise, gets its own
 * policy and a noindex header.
 */
export function renderNginxRoutes(routes: Routes, redirects: readonly Redirect[]): string {
  const redirectLines = renderNginxRedirects(redirects);
  return [
    `# Written by the build for the base path ${routes.home()}: include it beside deploy/nginx.conf.`,
    `error_page 404 ${nginxString(routes.asset('404.html'))};`,
    '',
    '# The search page, its script and the search index: the one folder that runs scripts.',
    ...block(`location ^~ ${nginxString(routes.search())}`, [...headerLines('document', 'search'), 'try_files $uri $uri/ =404;']),
    '',
    '# The browser editor: its page, configuration and Decap CMS, under their own policy, unindexed.',
    ...block(`location ^~ ${nginxString(routes.asset(`${ADMIN_DIR}/`))}`, [
      ...headerLines('document', 'admin', [NOINDEX_HEADER]),
      'try_files $uri $uri/ =404;',
    ]),
    '',
    `# Renamed articles (frontmatter "aliases"): ${redirects.length}.`,
    ...redirectLines,
    '',
  ].join('\n');
}

function headerLines(cache: CacheClass, kind: PageKind, extra: readonly Header[] = []): string[] {
  // `always`: error pages (the 404 page) carry the same headers as any other page.
  return [['Cache-Control', CACHE_CONTROL[cache]] as const, cspHeader(kind), ...extra, ...commonSecurityHeaders()].map(
    ([name, value]) => `add_header ${name} ${quote(value)} always;`,
  );
}

function block(head: string, lines: readonly string[]): string[] {
  return [`${head} {`, ...lines.map((line) => `    ${line}`), '}'];
}

/** An nginx double-quoted string; `$` would start a variable, so values may not hold one. */
function quote(value: string): string {
  if (value.includes('$')) throw new Error(`header value may not contain "$": ${value}`);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
