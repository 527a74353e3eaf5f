import { describe, expect, it } from 'vitest';
import { serveFixtureInChromium } from '../support/served-fixture.ts';

// The trade-corridor story links to another article and to two outside pages from its body.
const ARTICLE = '/news/trade-corridor/';
/** The site's frame around the story, which a printed article leaves out. */
const FRAME = ['.skip-link', '.top-bar', '.site-nav', '.sidebar', '.related', '.site-footer'];
const BLACK = 'rgb(0, 0, 0)';
const WHITE = 'rgb(255, 255, 255)';

const site = serveFixtureInChromium();

describe.each(['light', 'dark'] as const)('a printed article, from the %s colour scheme', (colorScheme) => {
  it('leaves out navigation, sidebar, related news and footer, and prints black on white with link addresses', async () => {
    const page = await site.browser.newPage({ colorScheme });
    try {
      await page.goto(site.url + ARTICLE);
      const framePresent = await page.evaluate((selectors) => selectors.map((selector) => document.querySelectorAll(selector).length), FRAME);
      expect(framePresent.every((count) => count > 0), `every part of the frame is on the screen page: ${FRAME.join(', ')}`).toBe(true);
      const screenLinkAfter = await page.evaluate(() => getComputedStyle(document.querySelector('.story__body a[href]')!, '::after').content);
      expect(screenLinkAfter).toBe('none');

      await page.emulateMedia({ media: 'print', colorScheme });
      const printed = await page.evaluate((selectors) => {
        const shown = (element: Element) => getComputedStyle(element).display !== 'none';
        const colour = (selector: string) => Array.from(document.querySelectorAll(selector), (element) => getComputedStyle(element).color);
        const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('.story__body a[href]'));
        return {
          visibleFrame: selectors.filter((selector) => Array.from(document.querySelectorAll(selector)).some(shown)),
          storyShown: ['.masthead__name', '.story__title', '.story__body', '.author-box'].every((selector) => shown(document.querySelector(selector)!)),
          backgrounds: [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor],
          textColours: [...colour('body'), ...colour('.story__title'), ...colour('.story__body p'), ...colour('.story__body a')],
          links: links.map((link) => ({ href: link.getAttribute('href') ?? '', after: getComputedStyle(link, '::after').content })),
        };
      }, FRAME);

      expect(printed.visibleFrame).toEqual([]);
      expect(printed.storyShown).toBe(true);
      expect(printed.backgrounds.map((background) => (background === 'rgba(0, 0, 0, 0)' ? WHITE : background))).toEqual([WHITE, WHITE]);
      expect(new Set(printed.textColours)).toEqual(new Set([BLACK]));
      // Inside, outside and new-tab links: each is followed by its address on paper.
      expect(printed.links.length).toBeGreaterThanOrEqual(3);
      expect(printed.links.some((link) => link.href.startsWith('/'))).toBe(true);
      for (const link of printed.links) expect(link.after).toBe(`" (${link.href})"`);

      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await page.close();
    }
  });
});
