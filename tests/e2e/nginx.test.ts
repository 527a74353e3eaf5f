import AxeBuilder from '@axe-core/playwright';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { chromium, type Browser } from 'playwright-core';
import pLimit from 'p-limit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_CONTROL } from '#src/delivery/cache.ts';
import { commonSecurityHeaders, cspHeader } from '#src/delivery/security.ts';
import { SEARCH_BUNDLE_DIR } from '#src/config/urls.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { FIXTURE_BASE_PATH, fixtureSite, type FixtureVariant } from '../support/fixture-site.ts';
import { startNginx, type NginxServer } from '../support/nginx.ts';
import { FIXTURE_NOW_EPOCH, sampleNewsroom, URDU_REPORT_OLD_SLUG as OLD_SLUG } from '../support/sample-newsroom.ts';

const SITE_ORIGIN = 'https://dailyinsight.example';

/** Slugs the fixture publishes: neither drafts nor dated after the fixture's "now". */
const PUBLISHED_SLUGS = sampleNewsroom()
  .articles.filter(
    ({ frontmatter }) => frontmatter['draft'] !== true && Date.parse(String(frontmatter['dateline'])) < Number(FIXTURE_NOW_EPOCH) * 1000,
  )
  .map(({ path }) => path.replace(/^.*\//, '').replace(/\.md$/, ''));

interface Fetched {
  status: number;
  headers: Headers;
  body: string;
}

interface Crawl {
  /** Every internal URL met (pages, assets, feeds), by path, with its response. */
  responses: Map<string, Fetched>;
  /** Clicks from the home page to each HTML page, by path. */
  depth: Map<string, number>;
  /** "page → link" for every internal link that leaves the base path. */
  outsideBase: string[];
}

/**
 * Visits the site breadth-first from its home page, as a reader clicking links would: every
 * page's links, stylesheets, icons, feeds and images are fetched once, and HTML pages are
 * followed further. A page's depth is the fewest clicks from home that reach it.
 */
async function crawl(origin: string, base: string): Promise<Crawl> {
  const responses = new Map<string, Fetched>();
  const depth = new Map<string, number>([[base, 0]]);
  const outsideBase: string[] = [];
  let level = [base];
  // A few requests at once, as a browser makes: the test server takes 64 connections.
  const limit = pLimit(8);
  for (let clicks = 0; level.length > 0; clicks++) {
    const next: string[] = [];
    await Promise.all(
      level.map(async (path) => {
        const page = await limit(() => get(origin, path));
        responses.set(path, page);
        if (page.status !== 200 || !page.headers.get('content-type')?.startsWith('text/html')) return;
        for (const link of internalLinks(page.body, origin, path)) {
          if (!link.startsWith(base)) outsideBase.push(`${path} → ${link}`);
          else if (!depth.has(link)) {
            depth.set(link, clicks + 1);
            next.push(link);
          }
        }
      }),
    );
    level = next;
  }
  return { responses, depth, outsideBase };
}

async function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const response = await fetch(origin + path, { redirect: 'manual', headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** Site paths of every link, stylesheet, icon, image, source and script on a page. */
function internalLinks(html: string, origin: string, from: string): string[] {
  const $ = cheerio.load(html);
  const urls = [
    ...$('[href]').map((_, element) => element.attribs['href']).get(),
    ...$('[src]').map((_, element) => element.attribs['src']).get(),
    ...$('[srcset]')
      .map((_, element) => (element.attribs['srcset'] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''))
      .get(),
  ];
  const paths = new Set<string>();
  for (const url of urls) {
    const resolved = new URL(url, origin + from);
    if (resolved.origin === origin) paths.add(resolved.pathname);
  }
  return [...paths];
}

/** The `<loc>`s of a sitemap or sitemap index. */
function locs(xml: string): string[] {
  const parsed = new XMLParser().parse(xml) as { urlset?: { url?: unknown }; sitemapindex?: { sitemap?: unknown } };
  const entries = parsed.urlset?.url ?? parsed.sitemapindex?.sitemap ?? [];
  return (Array.isArray(entries) ? entries : [entries]).map((entry) => String((entry as { loc: string }).loc));
}

describe.each(['root', 'base-path'] as const)('the %s fixture site behind nginx', (variant: FixtureVariant) => {
  const base = variant === 'base-path' ? FIXTURE_BASE_PATH : '/';
  let server: NginxServer;
  let site: Crawl;
  const at = (path: string, headers?: Record<string, string>) => get(server.origin, base + path, headers);

  beforeAll(async () => {
    const build = await fixtureSite(variant);
    server = await startNginx(build.outDir, base);
    site = await crawl(server.origin, base);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('loads deploy/nginx.conf and the build’s routes without a warning', () => {
    expect(server.configTest).toContain('test is successful');
    expect(server.configTest).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
  });

  it('answers 200 for every page reachable from the home page and every link and asset on them', () => {
    const failed = [...site.responses].filter(([, response]) => response.status !== 200).map(([path, response]) => `${response.status} ${path}`);
    expect(failed).toEqual([]);
    expect(site.outsideBase).toEqual([]);
    // The crawl met the kinds of files a reader's browser fetches.
    const paths = [...site.responses.keys()];
    for (const kind of [/\/_astro\/.+\.css$/, /\/_astro\/.+\.avif$/, /\/rss\.xml$/, /\/feed\.json$/, /\/favicon\.svg$/]) {
      expect(paths.some((path) => kind.test(path)), String(kind)).toBe(true);
    }
  });

  it('answers 200 for every URL in the sitemaps and the news sitemap', async () => {
    const index = await at('sitemap-index.xml');
    const sitemaps = locs(index.body).map((loc) => new URL(loc).pathname);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = [...(await Promise.all(sitemaps.map(async (path) => locs((await get(server.origin, path)).body)))).flat()];
    urls.push(...locs((await at('news-sitemap.xml')).body));
    expect(urls.length).toBeGreaterThan(PUBLISHED_SLUGS.length);
    const statuses = await Promise.all(urls.map(async (loc) => `${(await get(server.origin, new URL(loc).pathname)).status} ${loc}`));
    expect(statuses.filter((line) => !line.startsWith('200 '))).toEqual([]);
    expect(urls.every((loc) => loc.startsWith(`${SITE_ORIGIN}${base}`))).toBe(true);
    expect(urls.filter((loc) => loc.includes(OLD_SLUG))).toEqual([]);
  });

  it('reaches every published article from the home page within three clicks', () => {
    expect(PUBLISHED_SLUGS.length).toBeGreaterThan(20);
    const far = PUBLISHED_SLUGS.map((slug) => `${base}news/${slug}/`).filter((path) => !((site.depth.get(path) ?? Infinity) <= 3));
    expect(far).toEqual([]);
  });

  it.each([
    ['the home page', '', 'text/html; charset=utf-8', 'document', 'content'],
    ['an article', 'news/trade-corridor/', 'text/html; charset=utf-8', 'document', 'content'],
    ['an archive page', 'news/page/1/', 'text/html; charset=utf-8', 'document', 'content'],
    ['the search page', 'search/', 'text/html; charset=utf-8', 'document', 'search'],
    ['the RSS feed', 'rss.xml', 'application/rss+xml; charset=utf-8', 'document', 'content'],
    ['a topic feed', 'tag/economy/rss.xml', 'application/rss+xml; charset=utf-8', 'document', 'content'],
    ['the JSON feed', 'feed.json', 'application/feed+json; charset=utf-8', 'document', 'content'],
    ['the sitemap index', 'sitemap-index.xml', 'application/xml; charset=utf-8', 'document', 'content'],
    ['the news sitemap', 'news-sitemap.xml', 'application/xml; charset=utf-8', 'document', 'content'],
    ['a public file', 'logo-512.png', 'image/png', 'file', 'content'],
    ['a search script', `${SEARCH_BUNDLE_DIR}/pagefind-ui.js`, 'text/javascript; charset=utf-8', 'document', 'search'],
    ['the search index', `${SEARCH_BUNDLE_DIR}/pagefind-entry.json`, 'application/json; charset=utf-8', 'document', 'search'],
  ] as const)('serves %s with its type, cache and security headers', async (_name, path, type, cache, policy) => {
    const response = await at(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL[cache]);
    expect(response.headers.get('content-security-policy')).toBe(cspHeader(policy)[1]);
    for (const [name, value] of commonSecurityHeaders()) expect(response.headers.get(name), name).toBe(value);
  });

  it('serves hashed assets as immutable, with their types', () => {
    const assets = [...site.responses].filter(([path]) => path.startsWith(`${base}_astro/`));
    const types = new Set(assets.map(([, response]) => response.headers.get('content-type')));
    for (const type of ['text/css; charset=utf-8', 'image/avif', 'image/webp']) expect([...types]).toContain(type);
    for (const [path, response] of assets) expect(response.headers.get('cache-control'), path).toBe(CACHE_CONTROL.immutable);
  });

  it('compresses pages, stylesheets and feeds with gzip', async () => {
    const stylesheet = [...site.responses.keys()].find((path) => path.endsWith('.css')) ?? '';
    for (const path of [base, stylesheet, `${base}rss.xml`]) {
      const response = await fetch(server.origin + path, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
    }
  });

  it('redirects the old URL of a renamed article to its new one with a 301, keeping the query', async () => {
    const response = await at(`news/${OLD_SLUG}/?from=newsletter`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${base}news/urdu-report/?from=newsletter`);
  });

  it('keeps the HTML fallback of the old URL, pointing at the new one, for hosts without redirects', async () => {
    const $ = cheerio.load((await at(`news/${OLD_SLUG}/index.html`)).body);
    expect($('link[rel=canonical]').attr('href')).toBe(`${SITE_ORIGIN}${base}news/urdu-report/`);
    expect($('meta[http-equiv=refresh]').attr('content')).toBe(`0; url=${base}news/urdu-report/`);
    expect($('meta[name=robots]').attr('content')).toBe('noindex');
    expect($('main a').attr('href')).toBe(`${base}news/urdu-report/`);
  });

  it('keeps the old URL out of the feeds', async () => {
    for (const feed of ['rss.xml', 'feed.json']) expect((await at(feed)).body).not.toContain(OLD_SLUG);
  });

  it('answers an unknown URL with 404 and the site’s 404 page, under the same policy', async () => {
    const response = await at('no-such-page/');
    expect(response.status).toBe(404);
    expect(cheerio.load(response.body)('h1').text()).toBe('Page not found');
    expect(response.headers.get('content-security-policy')).toBe(cspHeader('content')[1]);
  });

  it('never serves the files written for hosts', async () => {
    for (const file of ['_headers', '_redirects', 'nginx-routes.conf']) expect((await at(file)).status, file).toBe(404);
  });
});

describe('pages in Chromium under the policies nginx sends', () => {
  let server: NginxServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startNginx((await fixtureSite('root')).outDir, '/');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page, recording every Content-Security-Policy violation it reports. */
  async function open(path: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(server.origin + path);
    expect(response?.status()).toBe(200);
    const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    return { page, context, violations };
  }

  it('styles the article and lets its video embed load, with no violation', async () => {
    const { page, context, violations } = await open('/news/trade-corridor/');
    try {
      // The embed is lazy: bring it into view and wait until its frame has loaded (no network
      // here, so an error page), by which time the policy has allowed or refused it.
      const frame = page.locator('iframe');
      await frame.scrollIntoViewIfNeeded();
      await (await (await frame.elementHandle())?.contentFrame())?.waitForLoadState('load');
      expect(await violations()).toEqual([]);
      // The stylesheet applied: the skip link is moved off screen.
      expect(await page.locator('.skip-link').evaluate((link) => getComputedStyle(link).position)).toBe('absolute');
      // The same check catches a frame from a host the policy does not allow.
      await page.evaluate(() => {
        const other = document.createElement('iframe');
        other.src = 'https://evil.example/';
        document.body.append(other);
      });
      await expect.poll(violations).toEqual(['frame-src https://evil.example']);
    } finally {
      await context.close();
    }
  });

  it('runs no script on a content page, even one added to it', async () => {
    const { page, context, violations } = await open('/');
    try {
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.title = "ran"';
        document.body.append(script);
      });
      await expect.poll(violations).toEqual(['script-src-elem inline']);
      expect(await page.title()).not.toBe('ran');
    } finally {
      await context.close();
    }
  });

  it.each(['/news/', `/news/${OLD_SLUG}/`])('has no WCAG 2.2 AA violation that axe finds on %s', async (path) => {
    const context = await browser.newContext();
    try {
      // The old URL's page refreshes to the new one at once: axe checks it with the refresh taken out.
      await context.route(`**/news/${OLD_SLUG}/`, async (route) => {
        const response = await route.fetch({ url: `${server.origin}/news/${OLD_SLUG}/index.html` });
        const html = await response.text();
        expect(html).toContain('http-equiv="refresh"');
        await route.fulfill({ response, body: html.replace(/<meta http-equiv="refresh"[^>]*>/, '') });
      });
      const page = await context.newPage();
      await page.goto(server.origin + path);
      expect(await page.locator('h1').textContent()).toMatch(path === '/news/' ? /All news/ : /moved/);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('runs Pagefind’s search on the search page, with no violation', async () => {
    const { page, context, violations } = await open('/search/?q=embassy');
    try {
      await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
      expect(await page.locator('.pagefind-ui__result-link').first().getAttribute('href')).toBe('/news/embassy-talks/');
      expect(await violations()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
