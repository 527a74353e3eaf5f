import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL, cacheClassOf, extensionOf } from '#src/delivery/cache.ts';

describe('cacheClassOf', () => {
  it.each([
    ['_astro/frame.BRGLRLaw.css', 'immutable'],
    ['/_astro/embassy.EfHgMvO-_Z17S2Fy.webp', 'immutable'],
    ['', 'document'],
    ['news/embassy-talks/', 'document'],
    ['news/embassy-talks/index.html', 'document'],
    ['404.html', 'document'],
    ['rss.xml', 'document'],
    ['tag/economy/rss.xml', 'document'],
    ['feed.json', 'document'],
    ['sitemap-0.xml', 'document'],
    ['robots.txt', 'document'],
    ['logo-512.png', 'file'],
    ['favicon.svg', 'file'],
    ['search.js', 'file'],
    ['images/harbour.JPG', 'file'],
    // An Astro-like folder name elsewhere is not the hashed-assets folder.
    ['news/_astro-notes/', 'document'],
  ])('puts %j in the %s class', (path, expected) => {
    expect(cacheClassOf(path)).toBe(expected);
  });
});

describe('cache headers', () => {
  it('keeps hashed assets a year as immutable, and pages short with stale-while-revalidate', () => {
    expect(CACHE_CONTROL.immutable).toBe('public, max-age=31536000, immutable');
    expect(CACHE_CONTROL.document).toMatch(/^public, max-age=\d{2,3}, stale-while-revalidate=\d+$/);
    const maxAge = (value: string) => Number(/max-age=(\d+)/.exec(value)?.[1]);
    expect(maxAge(CACHE_CONTROL.document)).toBeLessThan(maxAge(CACHE_CONTROL.file));
    expect(maxAge(CACHE_CONTROL.file)).toBeLessThan(maxAge(CACHE_CONTROL.immutable));
  });
});

describe('extensionOf', () => {
  it.each([
    ['rss.xml', 'xml'],
    ['a/b.tar.GZ', 'gz'],
    ['news/x/', ''],
    ['.hidden', ''],
    ['dir.v2/file', ''],
  ])('gives %j the extension %j', (path, expected) => {
    expect(extensionOf(path)).toBe(expected);
  });
});
