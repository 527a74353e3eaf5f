import type { Routes } from '../config/urls.ts';
import { CACHE_CONTROL, cacheClassOf, extensionOf, type CacheClass } from './cache.ts';
import { contentTypeOf, TYPES_BY_FILE_NAME } from './content-types.ts';
import { DELIVERY_FILES } from './files.ts';
import { commonSecurityHeaders, cspHeader, type Header } from './security.ts';
import { compareText } from '../build/order.ts';
import { ADMIN_DIR } from '../admin/route.ts';

/** A file or folder at the top of the build output. */
export interface OutputEntry {
  name: string;
  isDirectory: boolean;
  /** True for a folder holding built pages (as opposed to `public/` pictures). */
  holdsPages: boolean;
}

/** One block of `_headers`: a URL pattern and the headers of matching responses. */
export interface HeaderRule {
  pattern: string;
  headers: Header[];
}

/**
 * The rules of `_headers` for a build, one per top-level file and folder of the output.
 * Cloudflare Pages joins the values of a header set by two matching rules, and Netlify keeps
 * one of them, so no header is set by two rules that can match the same URL: security headers
 * common to all paths go on `<base>*` alone, and each path's `Cache-Control` and policy on the
 * one rule of its top-level entry (`/search/*`, which holds the search page, its script and
 * Pagefind's bundle, gets the search policy; `/admin/*`, the browser editor, its own policy
 * and a noindex header for every file in it). Feeds below the top level get their
 * `Content-Type` from placeholder patterns (`/tag/:name/rss.xml`).
 */
export function headerRules(routes: Routes, entries: readonly OutputEntry[]): HeaderRule[] {
  const base = routes.home();
  const searchDir = routes.search().slice(base.length).replace(/\/$/, '');
  const pathRules = [...entries]
    .filter((entry) => !DELIVERY_FILES.includes(entry.name))
    .sort((a, b) => compareText(a.name, b.name))
    .map((entry): HeaderRule => {
      if (!entry.isDirectory) return fileRule(base, entry.name);
      const cache = entry.holdsPages ? 'document' : cacheClassOf(`${entry.name}/file`);
      if (entry.name === ADMIN_DIR) {
        return { pattern: `${base}${entry.name}/*`, headers: [cacheHeader(cache), cspHeader('admin'), NOINDEX_HEADER] };
      }
      return {
        pattern: `${base}${entry.name}/*`,
        headers: [cacheHeader(cache), cspHeader(entry.name === searchDir ? 'search' : 'content')],
      };
    });
  const nestedFeeds = [routes.authorRss, routes.topicRss].map((route) => ({
    pattern: route(PLACEHOLDER).replace(PLACEHOLDER, ':name'),
    headers: [['Content-Type', contentTypeOf('rss.xml')] as const],
  }));
  return [
    { pattern: `${base}*`, headers: commonSecurityHeaders() },
    { pattern: base, headers: [cacheHeader('document'), cspHeader('content')] },
    ...pathRules,
    ...nestedFeeds,
  ];
}

const PLACEHOLDER = 'placeholder';

/** Keeps search engines off the editor's page, configuration and scripts. */
export const NOINDEX_HEADER: Header = ['X-Robots-Tag', 'noindex, nofollow'];

function fileRule(base: string, name: string): HeaderRule {
  const headers: Header[] = [cacheHeader(cacheClassOf(name)), cspHeader('content')];
  // Hosts guess `text/xml` or `application/xml` for every .xml file: feeds and sitemaps say what they are.
  if (name in TYPES_BY_FILE_NAME || extensionOf(name) === 'xml') headers.push(['Content-Type', contentTypeOf(name)]);
  return { pattern: `${base}${name}`, headers };
}

function cacheHeader(cache: CacheClass): Header {
  return ['Cache-Control', CACHE_CONTROL[cache]];
}

/** The text of `_headers`. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) => [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Written by the build from src/delivery/ (Netlify and Cloudflare Pages read it).\n${blocks.join('\n')}\n`;
}
