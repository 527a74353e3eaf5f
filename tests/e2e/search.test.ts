import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BUILD_ROOT } from '../support/build-site.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { FIXTURE_BASE_PATH, FIXTURE_BASE_PATH_SEARCH_BUNDLE_PAGES, fixtureSite } from '../support/fixture-site.ts';
import { embassyTalks, urduReport } from '../support/sample-newsroom.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

/**
 * The policy the search page needs (notes for the CDN headers): scripts and the worker from the
 * site itself, WebAssembly compiled from fetched bytes, the index fetched from the site, and no
 * inline script or style anywhere. Every response gets it here, as the worker's own response
 * decides what the worker may do.
 */
const SEARCH_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  // Pagefind's stylesheet draws its search icon as an SVG data: URL.
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: StaticServer;
let baseServer: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer((await fixtureSite()).outDir);
  // A host that serves the base-path build under its base, as GitHub Pages does.
  const hostRoot = join(TEST_BUILD_ROOT, 'search-base-path-host');
  rmSync(hostRoot, { recursive: true, force: true });
  mkdirSync(hostRoot, { recursive: true });
  symlinkSync((await fixtureSite('base-path')).outDir, join(hostRoot, FIXTURE_BASE_PATH.replaceAll('/', '')));
  baseServer = await startStaticServer(hostRoot);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await baseServer?.close();
});

interface SearchPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions, CSP violations included. */
  errors: string[];
}

/** Opens the search page under the search page's Content-Security-Policy. */
async function openSearch(url: string, colorScheme: 'light' | 'dark' = 'light'): Promise<SearchPage> {
  const context = await browser.newContext({ colorScheme });
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': SEARCH_PAGE_CSP } });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  return { page, context, errors };
}

/** Closes a context, letting requests still in its routes end quietly. */
async function closeContext(context: BrowserContext): Promise<void> {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
}

/**
 * Opens the search page (see {@link openSearch}), hands it to `use`, then checks that no console
 * error, uncaught exception or CSP violation happened, and closes it, also after a failure.
 */
async function onSearchPage(
  url: string,
  use: (page: Page) => Promise<void>,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<void> {
  const { page, context, errors } = await openSearch(url, colorScheme);
  try {
    await use(page);
    expect(errors).toEqual([]);
  } finally {
    await closeContext(context);
  }
}

/**
 * Types a query as a reader does and waits for Pagefind to say how many results it found; the
 * results themselves load after that, so tests poll for them.
 */
async function search(page: Page, query: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'Search' });
  await input.fill(query);
  await input.press('Enter');
  await settled(page, query);
}

/** Waits until Pagefind has finished searching for `query` ("3 results for …", not "Searching for …"). */
async function settled(page: Page, query: string): Promise<void> {
  const done = new RegExp(`^(\\d+ results?|No results) for ${query}$`);
  await page.locator('.pagefind-ui__message', { hasText: done }).waitFor();
}

async function resultLinks(page: Page): Promise<string[]> {
  return page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

async function resultCount(page: Page): Promise<number> {
  const message = (await page.locator('.pagefind-ui__message').textContent()) ?? '';
  return Number(/^(\d+) results? for/.exec(message)?.[1] ?? Number.NaN);
}

describe('the search page', () => {
  it('finds an article by a word of its body, and its result leads to it', async () => {
    await onSearchPage(`${server.url}/search/`, async (page) => {
      await search(page, 'sixty');
      await expect.poll(() => resultLinks(page)).toEqual(['/news/embassy-talks/']);
      await Promise.all([page.waitForURL('**/news/embassy-talks/'), page.locator('.pagefind-ui__result-link').click()]);
      expect(await page.locator('h1').textContent()).toBe(embassyTalks.frontmatter['title']);
    });
  });

  it('narrows the results to a topic', async () => {
    await onSearchPage(`${server.url}/search/`, async (page) => {
      // Every filler report and the trade corridor story are filed from Karachi.
      await search(page, 'Karachi');
      const everyTopic = await resultCount(page);
      expect(everyTopic).toBeGreaterThan(1);
      await page.locator('summary', { hasText: 'Topic' }).click();
      await page.getByRole('checkbox', { name: /^Trade/ }).check();
      await expect.poll(() => resultCount(page)).toBe(1);
      await expect.poll(() => resultLinks(page)).toEqual(['/news/trade-corridor/']);
    });
  });

  it('finds the Urdu article by an Urdu word from the English search page', async () => {
    await onSearchPage(`${server.url}/search/`, async (page) => {
      expect(urduReport.body).toContain('صفائی');
      await search(page, 'صفائی');
      await expect.poll(() => resultLinks(page)).toEqual(['/news/urdu-report/']);
    });
  });

  it('starts a search from the address, ?q=', async () => {
    await onSearchPage(`${server.url}/search/?q=sixty`, async (page) => {
      await settled(page, 'sixty');
      await expect.poll(() => resultLinks(page)).toEqual(['/news/embassy-talks/']);
    });
  });

  it('links results under the base path when the site is served under one', async () => {
    await onSearchPage(`${baseServer.url}${FIXTURE_BASE_PATH}search/`, async (page) => {
      await search(page, 'sixty');
      await expect.poll(() => resultLinks(page)).toEqual([`${FIXTURE_BASE_PATH}news/embassy-talks/`]);
      await search(page, 'صفائی');
      await expect.poll(() => resultLinks(page)).toEqual([`${FIXTURE_BASE_PATH}news/urdu-report/`]);
    });
  });

  it('finds the same articles when the index is split into several bundles', async () => {
    await onSearchPage(`${server.url}/search/`, async (whole) => {
      await onSearchPage(`${baseServer.url}${FIXTURE_BASE_PATH}search/`, async (split) => {
        await search(whole, 'Karachi');
        await search(split, 'Karachi');
        // Every filler report and the trade corridor story: more than one bundle of four holds.
        expect(await resultCount(whole)).toBeGreaterThan(FIXTURE_BASE_PATH_SEARCH_BUNDLE_PAGES);
        expect(await resultCount(split)).toBe(await resultCount(whole));
      });
    });
  });

  it('tells a reader without JavaScript where to browse instead', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/search/`);
      const fallback = page.locator('.search__fallback');
      await expect(fallback.isVisible()).resolves.toBe(true);
      expect(await fallback.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/tag/', '/news/']);
    } finally {
      await closeContext(context);
    }
  });

  describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
    it('has no WCAG 2.2 AA violation that axe finds, with results and filters shown', async () => {
      await onSearchPage(`${server.url}/search/`, async (page) => {
        await search(page, 'Karachi');
        await page.locator('summary', { hasText: 'Topic' }).click();
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      }, colorScheme);
    });
  });
});
