import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveFixtureInChromium } from '../support/served-fixture.ts';

const PAGES = ['/', '/news/embassy-talks/'];
const WIDTHS = [375, 1280];

const site = serveFixtureInChromium();

/** What the keyboard user sees of the element that has focus. */
interface FocusStop {
  /** The element's position in the document, tag, text and address. */
  label: string;
  /** Outline and box-shadow while focused and after focus leaves. */
  focusedRing: string;
  blurredRing: string;
  /** Whether the point at the centre of each of the element's boxes belongs to it (nothing covers it). */
  onTop: boolean;
  /** Whether any part of the element is inside the viewport. */
  inView: boolean;
}

/** Describes the focused element; runs in the page. */
function describeFocus(): FocusStop | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const ring = (style: CSSStyleDeclaration): string =>
    `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
  const focusedRing = ring(getComputedStyle(element));
  const box = element.getBoundingClientRect();
  // A link that wraps is several boxes, one per line: the centre of each must be the link's own.
  // Boxes taller or wider than the viewport are sampled at the centre of their visible part.
  const fragments = Array.from(element.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
  const onTop =
    fragments.length > 0 &&
    fragments.every((rect) => {
      const x = Math.min(Math.max(rect.left + rect.width / 2, 1), innerWidth - 1);
      const y = Math.min(Math.max(rect.top + rect.height / 2, 1), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      return hit !== null && element.contains(hit);
    });
  const position = Array.prototype.indexOf.call(document.querySelectorAll('*'), element);
  const label = `${position} ${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}" ${element.getAttribute('href') ?? ''}`;
  const inView = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
  // Compare with the same element unfocused: the difference is the focus indicator.
  element.blur();
  const blurredRing = ring(getComputedStyle(element));
  element.focus({ preventScroll: true });
  return { label, focusedRing, blurredRing, onTop, inView };
}

/** Every element a keyboard user should be able to reach, in document order. */
function listFocusable(): string[] {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"])';
  const all = document.querySelectorAll('*');
  return Array.from(document.querySelectorAll<HTMLElement>(selector))
    .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
    .map((element) => {
      const position = Array.prototype.indexOf.call(all, element);
      return `${position} ${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}" ${element.getAttribute('href') ?? ''}`;
    });
}

/** Presses Tab (or Shift+Tab) until focus leaves the page or comes back round, recording every stop. */
async function tabThrough(page: Page, limit: number, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const stop = await page.evaluate(describeFocus);
    if (stop === null || stops.some((seen) => seen.label === stop.label)) break;
    stops.push(stop);
  }
  return stops;
}

describe.each(WIDTHS)('keyboard use at %i px', (width) => {
  it('reaches every share link of an article with Tab, in order, loading nothing from the networks', async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    try {
      await page.goto(site.url + '/news/embassy-talks/');
      // Nothing is fetched from the networks until a link is followed.
      const thirdParty: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(site.url)) thirdParty.push(request.url());
      });
      const share = await page.evaluate(() => Array.from(document.querySelectorAll('.share a'), (a) => a.getAttribute('aria-label')));
      expect(share).toHaveLength(6);
      const reached: string[] = [];
      for (let i = 0; i < 200 && reached.length < share.length; i++) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(() => (document.activeElement?.closest('.share') ? document.activeElement.getAttribute('aria-label') : null));
        if (label !== null) reached.push(label);
      }
      expect(reached).toEqual(share);
      expect(thirdParty).toEqual([]);
      // The last stop is the e-mail link, a plain mailto: address.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^mailto:\?subject=/);
    } finally {
      await page.close();
    }
  });

  it.each(PAGES)('the first Tab on %s reaches a visible skip link that moves focus to the main content', async (path) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    try {
      await page.goto(site.url + path);
      const skip = page.locator('a.skip-link');
      expect(await skip.isVisible()).toBe(true);
      const hiddenBox = await skip.boundingBox();
      // Out of sight until focused.
      expect((hiddenBox?.y ?? 0) + (hiddenBox?.height ?? 0)).toBeLessThanOrEqual(0);

      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
      const box = await skip.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(800);
      expect(box!.width).toBeGreaterThanOrEqual(24);
      const stop = await page.evaluate(describeFocus);
      expect(stop?.onTop).toBe(true);

      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The next Tab continues inside the main content, past the masthead.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it.each(PAGES)('Tab and Shift+Tab on %s reach every link in order, each with a visible focus ring that nothing covers', async (path) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    try {
      await page.goto(site.url + path);
      const focusable = await page.evaluate(listFocusable);
      expect(focusable.length).toBeGreaterThan(10);
      const stops = await tabThrough(page, focusable.length + 5);

      expect(stops.map((stop) => stop.label)).toEqual(focusable);
      // Backwards too: going up the page is when a sticky bar at the top would cover things.
      const backStops = await tabThrough(page, focusable.length + 5, 'Shift+Tab');
      expect(backStops.map((stop) => stop.label)).toEqual(focusable.toReversed());
      for (const stop of [...stops, ...backStops]) {
        expect(stop.focusedRing, `${stop.label} should show a focus indicator`).not.toBe(stop.blurredRing);
        expect(stop.focusedRing, `${stop.label} should show a focus indicator`).toMatch(/^(solid|dotted|dashed|double|auto) (?!0px)|\| (?!none)/);
        expect(stop.inView, `${stop.label} should be scrolled into view`).toBe(true);
        expect(stop.onTop, `${stop.label} should not be covered by another element`).toBe(true);
      }
    } finally {
      await page.close();
    }
  });
});
