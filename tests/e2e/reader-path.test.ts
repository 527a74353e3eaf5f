import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findBrokenImages, watchPage } from '../support/browser.ts';
import { serveFixtureInChromium } from '../support/served-fixture.ts';
import { embassyTalks } from '../support/sample-newsroom.ts';

const site = serveFixtureInChromium();

/** Clicks a link and waits for the page it leads to. */
async function follow(page: Page, link: ReturnType<Page['locator']>): Promise<void> {
  expect(await link.count(), 'the link should be on the page').toBeGreaterThan(0);
  const from = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== from), link.first().click()]);
  await page.waitForLoadState('load');
}

describe("a reader's path through the site", () => {
  it('goes home → article → author → topic → next page → topic feed without a console error, failed request or broken image', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchPage(page);
    const visited: string[] = [];

    /** The checks every page on the path must pass. */
    async function expectHealthyPage(step: string): Promise<void> {
      visited.push(new URL(page.url()).pathname);
      expect(problems.consoleErrors, `${step}: console errors`).toEqual([]);
      expect(problems.failedRequests, `${step}: failed requests`).toEqual([]);
      expect(problems.errorResponses, `${step}: error responses`).toEqual([]);
      expect(await findBrokenImages(page), `${step}: broken images`).toEqual([]);
      problems.clear();
    }

    try {
      const home = await page.goto(site.url + '/');
      expect(home?.status()).toBe(200);
      await expectHealthyPage('home');

      await follow(page, page.getByRole('main').getByRole('link', { name: String(embassyTalks.frontmatter['title']) }));
      await expect.poll(() => page.locator('h1').textContent()).toBe(embassyTalks.frontmatter['title']);
      // The article's lead image and the author's portrait are real pictures that must decode.
      expect(await page.locator('main img').count()).toBeGreaterThanOrEqual(2);
      await expectHealthyPage('article');

      await follow(page, page.locator('.story__byline a[rel="author"]'));
      await expect.poll(() => page.locator('h1').textContent()).toBe('Ayesha Khan');
      await expectHealthyPage('author page');

      await follow(page, page.getByRole('navigation', { name: 'Main topics' }).getByRole('link', { name: 'Economy', exact: true }));
      await expect.poll(() => page.locator('h1').textContent()).toContain('Economy');
      const firstPageHeadlines = await page.locator('main .teaser__title').allTextContents();
      await expectHealthyPage('topic page');

      await follow(page, page.locator('a[rel="next"]'));
      // Numbered pages count from the oldest: "Older" from the head leads to the newest full page,
      // which holds the articles the head has no room for.
      await expect.poll(() => page.locator('h1').textContent()).toContain('page 1');
      const secondPageHeadlines = await page.locator('main .teaser__title').allTextContents();
      expect(secondPageHeadlines.length).toBeGreaterThan(0);
      expect(secondPageHeadlines.filter((headline) => !firstPageHeadlines.includes(headline)).length).toBeGreaterThan(0);
      await expectHealthyPage('topic page 2');

      const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"][title*="Economy"]').getAttribute('href');
      expect(feedHref).toMatch(/\/tag\/economy\/rss\.xml$/);
      const feed = await context.request.get(new URL(String(feedHref), page.url()).href);
      expect(feed.status()).toBe(200);
      expect(feed.headers()['content-type']).toMatch(/xml/);
      const xml = await feed.text();
      expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<rss[\s>]/);
      expect(xml).toMatch(/<channel>[\s\S]*<title>[^<]*Economy[^<]*<\/title>/);
      expect(xml.match(/<item>/g)?.length).toBeGreaterThan(0);

      expect(visited).toEqual(['/', '/news/embassy-talks/', '/author/ayesha-khan/', '/tag/economy/', '/tag/economy/1/']);
    } finally {
      await context.close();
    }
  });

  it('serves the not-found page with status 404 and every file it uses without an error', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page);
    try {
      const response = await page.goto(site.url + '/no-such-page/');
      expect(response?.status()).toBe(404);
      await page.waitForLoadState('load');
      const documentUrl = response?.url();
      expect(problems.errorResponses.filter((line) => line !== `404 ${documentUrl}`)).toEqual([]);
      expect(problems.consoleErrors.filter((line) => !/status of 404/.test(line))).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
      expect(await findBrokenImages(page)).toEqual([]);
      expect(await page.locator('link[rel="stylesheet"], style').count()).toBeGreaterThan(0);
      expect(await page.locator('h1').textContent()).toMatch(/not found/i);
    } finally {
      await context.close();
    }
  });
});
