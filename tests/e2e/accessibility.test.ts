import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { serveFixtureInChromium } from '../support/served-fixture.ts';

// The last path has no page: the server answers with the site's 404 page, as a host would.
const PAGES = [
  '/',
  '/news/embassy-talks/',
  '/news/trade-corridor/',
  '/news/urdu-report/',
  '/author/john-doe/',
  '/author/ayesha-khan/',
  '/tag/economy/',
  '/tag/diplomacy/',
  '/news/',
  '/tag/',
  '/no-such-page/',
];
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const site = serveFixtureInChromium();

describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
  it.each(PAGES)('has no WCAG 2.2 AA violation that axe finds on %s', async (path) => {
    const context = await site.browser.newContext({ colorScheme });
    try {
      const page = await context.newPage();
      const response = await page.goto(site.url + path);
      expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
