import { describe, expect, it } from 'vitest';
import { contentTypeOf } from '#src/delivery/content-types.ts';

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['rss.xml', 'application/rss+xml; charset=utf-8'],
    ['tag/economy/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['feed.json', 'application/feed+json; charset=utf-8'],
    ['sitemap-index.xml', 'application/xml; charset=utf-8'],
    ['news-sitemap.xml', 'application/xml; charset=utf-8'],
    ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['_astro/frame.css', 'text/css; charset=utf-8'],
    ['search.js', 'text/javascript; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['_astro/photo.avif', 'image/avif'],
    ['_astro/photo.webp', 'image/webp'],
    ['logo-512.png', 'image/png'],
    ['_astro/photo.JPEG', 'image/jpeg'],
    ['pagefind/wasm.en.pagefind', 'application/octet-stream'],
    // Only a file named exactly rss.xml is a feed.
    ['not-rss.xml', 'application/xml; charset=utf-8'],
  ])('serves %j as %j', (path, expected) => {
    expect(contentTypeOf(path)).toBe(expected);
  });
});
