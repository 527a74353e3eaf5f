/**
 * The sitemaps (`sitemap-index.xml` and `sitemap-0.xml`, `sitemap-1.xml`, …): every page but the
 * 404 page, the browser editor (`/admin/`, marked noindex) and the old URLs of renamed articles,
 * which are redirects; article pages carry their last change from the build manifest (list
 * pages change with every new article, so they carry none).
 *
 * Written here rather than by `@astrojs/sitemap`, in the files it wrote (but for a list's page
 * 404, which it took for the 404 page and left out): that integration sorts the URLs with `localeCompare` and options, which builds a new collator for
 * every comparison, and at the largest sites that one sort took a large share of a publish
 * that must take seconds (docs/performance.md). Here one collator sorts them all, in the same
 * order.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, IntegrationResolvedRoute } from 'astro';
import { escapeText } from 'entities';
import { readBuildManifest } from '../content/manifest.ts';
import { absoluteUrl } from '../config/urls.ts';
import { isAdminPath } from '../admin/route.ts';

/** URLs per sitemap file: `@astrojs/sitemap`'s default, a little under the protocol's limit. */
export const SITEMAP_ENTRY_LIMIT = 45_000;

/** The index file, which robots.txt names (src/config/urls.ts, `sitemapIndex`). */
export const SITEMAP_INDEX_FILE = 'sitemap-index.xml';

/** The name of the `n`th sitemap file (from 0), beside the index. */
export function sitemapFile(n: number): string {
  return `sitemap-${n}.xml`;
}

/** What the sitemaps list. */
export interface SitemapSource {
  /** Absolute URLs of the built pages and the static page routes, in any order, repeats allowed. */
  urls: readonly string[];
  /** The site's URL under its base path, ending in `/`: the sitemap files' URLs start with it. */
  root: string;
  /** The base path (`/` or `/news-site/`), under which the editor lives. */
  base: string;
  /** Article pages' last change (ISO instant), by absolute URL. */
  lastModified: ReadonlyMap<string, string>;
  /** Absolute old URLs of renamed articles: redirects, never listed. */
  renamed: ReadonlySet<string>;
  /** URLs per sitemap file. */
  entryLimit?: number;
}

/** The XML of the index and of each sitemap file, in order (`sitemap-0.xml` first). */
export interface SitemapFiles {
  index: string;
  sitemaps: string[];
  /** URLs listed, in all files together. */
  count: number;
}

interface SitemapEntry {
  loc: string;
  lastmod: string | undefined;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The namespaces `@astrojs/sitemap` declares on every `<urlset>`, kept so the files stay the same. */
const URLSET_START =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"' +
  ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' +
  ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' +
  ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"' +
  ' xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';

const INDEX_START = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';

/**
 * English order with runs of digits compared as numbers (`/news/page/2/` before
 * `/news/page/10/`): `localeCompare(b, 'en', { numeric: true })`, which is defined as this
 * collator's comparison, with the collator made once.
 */
const urlOrder = new Intl.Collator('en', { numeric: true });

/** True for the pages no sitemap lists: the site's 404 page (not a list's page 404) and the editor. */
function isUnlisted(url: string, root: string, base: string): boolean {
  return url === `${root}404/` || isAdminPath(url, base);
}

/**
 * One element with its text escaped as the `sitemap` package escaped it: `&`, `<` and `>`,
 * quotes left as they are. The texts are serialized URLs and ISO instants, which hold no other
 * character XML or `escapeText` treats apart (a URL percent-encodes the rest).
 */
function element(name: string, text: string): string {
  return `<${name}>${escapeText(text)}</${name}>`;
}

/**
 * The sitemap files of a site, or `undefined` when no page is left to list: the URLs once
 * each, without unlisted pages and old URLs, in English numeric order, article pages with their
 * last change, `entryLimit` to a file; the index lists each file with the latest last change of
 * its pages.
 */
export function renderSitemaps({
  urls,
  root,
  base,
  lastModified,
  renamed,
  entryLimit = SITEMAP_ENTRY_LIMIT,
}: SitemapSource): SitemapFiles | undefined {
  if (!Number.isInteger(entryLimit) || entryLimit < 1) {
    throw new Error(`sitemap: entry limit ${entryLimit} is not a positive whole number`);
  }
  const listed = [...new Set(urls)].filter((url) => !isUnlisted(url, root, base));
  listed.sort(urlOrder.compare);
  const entries: SitemapEntry[] = [];
  for (const url of listed) {
    if (renamed.has(url)) continue;
    const date = lastModified.get(url);
    entries.push({ loc: url, lastmod: date === undefined ? undefined : new Date(date).toISOString() });
  }
  if (entries.length === 0) return undefined;

  const sitemaps: string[] = [];
  const indexEntries: SitemapEntry[] = [];
  for (let start = 0; start < entries.length; start += entryLimit) {
    const chunk = entries.slice(start, start + entryLimit);
    const parts = [XML_DECLARATION, URLSET_START];
    let latest: number | undefined;
    for (const { loc, lastmod } of chunk) {
      parts.push('<url>', element('loc', loc));
      if (lastmod !== undefined) {
        parts.push(element('lastmod', lastmod));
        const time = Date.parse(lastmod);
        if (latest === undefined || time > latest) latest = time;
      }
      parts.push('</url>');
    }
    parts.push('</urlset>');
    sitemaps.push(parts.join(''));
    indexEntries.push({
      loc: new URL(sitemapFile(sitemaps.length - 1), root).href,
      lastmod: latest === undefined ? undefined : new Date(latest).toISOString(),
    });
  }
  const index = [XML_DECLARATION, INDEX_START];
  for (const { loc, lastmod } of indexEntries) {
    index.push('<sitemap>', element('loc', loc));
    if (lastmod !== undefined) index.push(element('lastmod', lastmod));
    index.push('</sitemap>');
  }
  index.push('</sitemapindex>');
  return { index: index.join(''), sitemaps, count: entries.length };
}

/** Astro's error pages (`404`, `500` at the top of the site), which `@astrojs/sitemap` never listed. */
function isErrorPage(pathname: string): boolean {
  const page = pathname.replace(/^\//, '').replace(/\/$/, '');
  return page === '404' || page === '500';
}

/**
 * The absolute URLs of the built pages and of the static page routes (as `@astrojs/sitemap`
 * took them): pages' paths are relative to the base, routes' are generated and get the trailing
 * slash of the `directory` format unless the site drops trailing slashes.
 */
function pageUrls(
  config: AstroConfig,
  siteUrl: string,
  pages: readonly { pathname: string }[],
  routes: readonly IntegrationResolvedRoute[],
): { root: string; urls: string[] } {
  const rootUrl = new URL(config.base, siteUrl);
  if (!rootUrl.pathname.endsWith('/')) rootUrl.pathname += '/';
  const rootPath = rootUrl.pathname;
  const urls: string[] = [];
  for (const page of pages) {
    if (isErrorPage(page.pathname)) continue;
    urls.push(new URL(rootPath + page.pathname.replace(/^\//, ''), rootUrl).href);
  }
  const addSlash = config.trailingSlash !== 'never' && config.build.format === 'directory';
  for (const route of routes) {
    if (route.type !== 'page') continue;
    for (const each of [route, ...route.fallbackRoutes]) {
      if (!each.pathname || isErrorPage(each.pathname)) continue;
      const url = new URL(rootPath + each.generate(each.pathname).slice(1), rootUrl).href;
      urls.push(addSlash && !url.endsWith('/') ? `${url}/` : url);
    }
  }
  return { root: rootUrl.href, urls };
}

/** Writes the sitemaps once the pages are built (`renderSitemaps`), from the build manifest's dates and renames. */
export function sitemapIntegration(siteUrl: string): AstroIntegration {
  let config: AstroConfig | undefined;
  let routes: readonly IntegrationResolvedRoute[] = [];
  return {
    name: 'newsroom-sitemap',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:routes:resolved': ({ routes: resolved }) => {
        routes = resolved;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!config) throw new Error('sitemap: the build did not pass its configuration');
        const { root, urls } = pageUrls(config, siteUrl, pages, routes);
        const manifest = await readBuildManifest();
        const files = renderSitemaps({
          urls,
          root,
          base: config.base,
          lastModified: new Map(Object.entries(manifest.lastModified)),
          renamed: new Set(manifest.redirects.map((redirect) => absoluteUrl(siteUrl, redirect.from))),
        });
        if (!files) {
          logger.warn(`No pages to list: ${SITEMAP_INDEX_FILE} not written.`);
          return;
        }
        const outDir = fileURLToPath(dir);
        await Promise.all([
          writeFile(join(outDir, SITEMAP_INDEX_FILE), files.index),
          ...files.sitemaps.map((xml, n) => writeFile(join(outDir, sitemapFile(n)), xml)),
        ]);
        logger.info(
          `${SITEMAP_INDEX_FILE} and ${files.sitemaps.length} ${files.sitemaps.length === 1 ? 'sitemap' : 'sitemaps'} of ${files.count} URLs.`,
        );
      },
    },
  };
}
