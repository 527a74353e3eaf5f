import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveFixtureInChromium } from '../support/served-fixture.ts';
import { findTooSmallTargets, type TargetBox } from '../support/target-size.ts';

const WIDTHS = [320, 375, 768, 1024, 1280, 1440];
const PAGES = {
  home: '/',
  article: '/news/embassy-talks/',
  'Urdu article': '/news/urdu-report/',
  author: '/author/john-doe/',
  topic: '/tag/economy/',
  'topic with pictures': '/tag/diplomacy/',
  'co-authored article': '/news/trade-corridor/',
  archive: '/news/',
  'not found': '/no-such-page/',
};
/** Links a thumb has to hit: navigation, pagination, tags, footer, and the sidebar's buttons. */
const TAP_TARGETS = '.masthead a, .site-nav a, .pagination a, .pagination summary, .topic-links a, .share a, .site-footer a, .follow-us a, .author-box__links a';
/** Comfortable reading: at most this many characters a line in an article body. */
const MAX_MEASURE_CH = 80;
/** The whole site's hand-written CSS, as a page loads it. */
const MAX_CSS_BYTES = 20 * 1024;

const site = serveFixtureInChromium();

async function open(path: string, width: number): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(site.url + path);
  return page;
}

describe.each(Object.entries(PAGES))('the %s page', (_name, path) => {
  it.each(WIDTHS)('fits %i px without sideways scrolling, with every topic and tap target in reach', async (width) => {
    const page = await open(path, width);
    try {
      const layout = await page.evaluate((selector) => {
        const nav = document.querySelector('.site-nav__list');
        const navLinks = Array.from(document.querySelectorAll('.site-nav a'), (link) => link.getBoundingClientRect());
        const targets = Array.from(document.querySelectorAll<HTMLElement>(selector))
          .filter((element) => element.getClientRects().length > 0)
          .map((element, index) => {
            const box = element.getBoundingClientRect();
            const label = `${index}: ${element.textContent?.trim()} (${Math.round(box.width)}×${Math.round(box.height)})`;
            return { label, x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
          });
        return {
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth,
          navScrolls: nav !== null && nav.scrollWidth > nav.clientWidth,
          navLinksOutside: navLinks.filter((box) => box.left < 0 || box.right > innerWidth).length,
          navLinkCount: navLinks.length,
          targets,
        };
      }, TAP_TARGETS);

      expect(layout.scrollWidth, 'the page should not scroll sideways').toBeLessThanOrEqual(layout.innerWidth);
      expect(layout.navLinkCount).toBeGreaterThan(3);
      expect(layout.navScrolls, 'the topic navigation should not scroll inside its bar').toBe(false);
      expect(layout.navLinksOutside, 'every topic link should be on screen').toBe(0);
      expect(layout.targets.length).toBeGreaterThan(5);
      expect(findTooSmallTargets(layout.targets as TargetBox[]), 'tap targets under 24 px and too close').toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.each(['/', '/tag/diplomacy/', '/news/', '/news/trade-corridor/'])('the teasers of %s', (path) => {
  it.each(WIDTHS)('show their thumbnails inside the teaser, 3:2, sized before they load, without layout shift at %i px', async (width) => {
    const page = await open(path, width);
    try {
      // Every lazy thumbnail loads as the reader scrolls; then the page is measured.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
          scrollTo(0, y);
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30)));
        }
        await Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined)));
        scrollTo(0, 0);
      });
      const result = await page.evaluate(async () => {
        const shifts = await new Promise<number>((done) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(total), 100);
        });
        const withoutSize = Array.from(document.images)
          .filter((image) => !image.closest('.story__body') && (!image.getAttribute('width') || !image.getAttribute('height')))
          .map((image) => image.src);
        const thumbnails = Array.from(document.querySelectorAll<HTMLImageElement>('.teaser__image'), (image) => {
          const teaser = image.closest('.teaser')!.getBoundingClientRect();
          const box = image.getBoundingClientRect();
          return {
            src: image.currentSrc,
            ratio: box.width / box.height,
            inside: box.left >= teaser.left - 0.5 && box.right <= teaser.right + 0.5 && box.width > 0,
            loaded: image.complete && image.naturalWidth > 0,
          };
        });
        return { shifts, withoutSize, thumbnails };
      });
      expect(result.withoutSize).toEqual([]);
      expect(result.thumbnails.length).toBeGreaterThan(0);
      for (const thumbnail of result.thumbnails) {
        expect(thumbnail.inside, thumbnail.src).toBe(true);
        expect(thumbnail.ratio, thumbnail.src).toBeCloseTo(1.5, 1);
        expect(thumbnail.loaded, thumbnail.src).toBe(true);
      }
      expect(result.shifts, 'cumulative layout shift').toBeLessThan(0.01);
    } finally {
      await page.close();
    }
  });
});

describe('the stylesheets', () => {
  it.each(Object.entries(PAGES))('of the %s page come to at most 20 KB', async (_name, path) => {
    const page = await open(path, 375);
    try {
      const css = await page.evaluate(async () => {
        const linked = Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'), async (link) => (await fetch(link.href)).text());
        const inline = Array.from(document.querySelectorAll('style'), (style) => style.textContent ?? '');
        return [...(await Promise.all(linked)), ...inline];
      });
      expect(css.length).toBeGreaterThan(0);
      const bytes = css.reduce((total, text) => total + new TextEncoder().encode(text).length, 0);
      expect(bytes).toBeGreaterThan(1000);
      expect(bytes).toBeLessThanOrEqual(MAX_CSS_BYTES);
    } finally {
      await page.close();
    }
  });
});

describe.each(['/news/embassy-talks/', '/news/urdu-report/'])('the article body of %s', (path) => {
  it.each(WIDTHS)('is set in readable type at %i px', async (width) => {
    const page = await open(path, width);
    try {
      const body = await page.evaluate(() => {
        const paragraph = document.querySelector<HTMLElement>('.story__body p');
        if (paragraph === null) return null;
        const probe = document.createElement('span');
        probe.style.cssText = 'display: inline-block; inline-size: 1ch';
        paragraph.append(probe);
        const ch = probe.getBoundingClientRect().width;
        probe.remove();
        const style = getComputedStyle(paragraph);
        return { fontSize: parseFloat(style.fontSize), measure: paragraph.getBoundingClientRect().width / ch };
      });
      expect(body).not.toBeNull();
      expect(body!.fontSize).toBeGreaterThanOrEqual(16);
      expect(body!.measure, 'characters a line').toBeLessThanOrEqual(MAX_MEASURE_CH);
      if (width >= 1024) expect(body!.measure, 'characters a line on a desktop').toBeGreaterThanOrEqual(45);
    } finally {
      await page.close();
    }
  });
});

describe('the Urdu article', () => {
  it.each(WIDTHS)('is right-to-left in a Nastaliq face with lines tall enough not to clip or collide at %i px', async (width) => {
    const page = await open('/news/urdu-report/', width);
    try {
      const urdu = await page.evaluate(() => {
        const story = document.querySelector<HTMLElement>('article.story');
        const blocks = Array.from(document.querySelectorAll<HTMLElement>('.story__title, .story__body p, .story__body h2, .story__body h3'));
        return {
          lang: story?.getAttribute('lang'),
          dir: story?.getAttribute('dir'),
          blocks: blocks.map((block) => {
            const style = getComputedStyle(block);
            // The face's own extent above and below the baseline: a line box at least this
            // tall holds its highest and lowest strokes, so lines never run into each other.
            const context = document.createElement('canvas').getContext('2d')!;
            context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const metrics = context.measureText(block.textContent ?? '');
            return {
              tag: block.tagName,
              direction: style.direction,
              font: style.fontFamily,
              lineHeight: parseFloat(style.lineHeight),
              faceExtent: metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent,
              lineHeightRatio: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
              // A line box is clipped when the block hides overflow and its content is taller.
              clipped: style.overflowY !== 'visible' && block.scrollHeight > block.clientHeight,
            };
          }),
        };
      });
      expect(urdu.lang).toBe('ur');
      expect(urdu.dir).toBe('rtl');
      expect(urdu.blocks.length).toBeGreaterThanOrEqual(2);
      for (const block of urdu.blocks) {
        expect(block.direction, block.tag).toBe('rtl');
        expect(block.font, block.tag).toMatch(/^"?Noto Nastaliq Urdu"?,/);
        expect(block.lineHeightRatio, `${block.tag} line height ÷ font size`).toBeGreaterThanOrEqual(1.8);
        expect(block.lineHeight, `${block.tag} line height against the face's ascent + descent`).toBeGreaterThanOrEqual(block.faceExtent - 0.5);
        expect(block.clipped, block.tag).toBe(false);
      }
    } finally {
      await page.close();
    }
  });
});
