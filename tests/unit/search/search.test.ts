import { describe, expect, it } from 'vitest';
import {
  describeSearchIndex,
  planSearchBundles,
  searchDocument,
  searchIndexLanguage,
  searchManifest,
  type SearchPage,
} from '#src/search/search.ts';

describe('searchIndexLanguage', () => {
  it.each([
    ['en', 'en'],
    ['ur', 'ur'],
    ['ur-PK', 'ur-pk'],
    ['EN-GB', 'en-gb'],
  ])('keys %s as Pagefind does: %s', (lang, key) => {
    expect(searchIndexLanguage(lang)).toBe(key);
  });
});

/** Pages of one language, published a day apart in the order given. */
const pages = (lang: string, ...slugs: string[]): SearchPage[] =>
  slugs.map((slug, index) => ({ slug, lang, published: new Date(Date.UTC(2025, 0, 1 + index)).toISOString() }));

describe('planSearchBundles', () => {
  it('puts a small one-language site in the main bundle, oldest first', () => {
    expect(planSearchBundles(pages('en', 'b', 'a', 'c'), 'en')).toEqual([
      { dir: 'search/pagefind/', language: 'en', slugs: ['b', 'a', 'c'] },
    ]);
  });

  it('orders articles published at the same instant by slug', () => {
    const sameDay = ['c', 'a', 'b'].map((slug) => ({ slug, lang: 'en', published: '2025-01-01T00:00:00.000Z' }));
    expect(planSearchBundles(sameDay, 'en')[0]?.slugs).toEqual(['a', 'b', 'c']);
  });

  it('gives every language its own bundles, the site language first and main', () => {
    const plan = planSearchBundles([...pages('ur', 'u1'), ...pages('fr', 'f1'), ...pages('EN', 'e1')], 'en');
    expect(plan.map(({ dir, language }) => [dir, language])).toEqual([
      ['search/pagefind/', 'en'],
      ['search/bundles/fr-1/', 'fr'],
      ['search/bundles/ur-1/', 'ur'],
    ]);
  });

  it('fills bundles of the given size in publication order, the newest articles in the last', () => {
    const plan = planSearchBundles(pages('en', 'a', 'b', 'c', 'd', 'e', 'f', 'g'), 'en', 3);
    expect(plan).toEqual([
      { dir: 'search/pagefind/', language: 'en', slugs: ['a', 'b', 'c'] },
      { dir: 'search/bundles/en-2/', language: 'en', slugs: ['d', 'e', 'f'] },
      { dir: 'search/bundles/en-3/', language: 'en', slugs: ['g'] },
    ]);
  });

  it('changes only the last bundle when a new article is published', () => {
    const before = planSearchBundles(pages('en', 'a', 'b', 'c', 'd', 'e'), 'en', 2);
    const after = planSearchBundles(pages('en', 'a', 'b', 'c', 'd', 'e', 'f'), 'en', 2);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)?.slugs).toEqual(['e', 'f']);
  });

  it('puts the newest pages that do not fill a whole bundle into small ones, so a publish indexes few again', () => {
    const slugs = (count: number) => Array.from({ length: count }, (_, index) => `story-${index}`);
    const before = planSearchBundles(pages('en', ...slugs(11_350)), 'en');
    const after = planSearchBundles(pages('en', ...slugs(11_351)), 'en');
    expect(before.map((bundle) => bundle.slugs.length)).toEqual([5000, 5000, 1000, 200, 150]);
    expect(after.map((bundle) => bundle.slugs.length)).toEqual([5000, 5000, 1000, 200, 151]);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    const merged = planSearchBundles(pages('en', ...slugs(12_000)), 'en');
    expect(merged.map((bundle) => bundle.slugs.length)).toEqual([5000, 5000, 1000, 1000]);
    const whole = planSearchBundles(pages('en', ...slugs(15_000)), 'en');
    expect(whole.map((bundle) => bundle.slugs.length)).toEqual([5000, 5000, 5000]);
  });

  it('indexes every page exactly once at newsroom scale', () => {
    const slugs = Array.from({ length: 12345 }, (_, index) => `story-${index}`);
    const plan = planSearchBundles([...pages('en', ...slugs), ...pages('ur', 'urdu')], 'en');
    expect(plan.map((bundle) => bundle.slugs.length)).toEqual([5000, 5000, 1000, 1000, 200, 145, 1]);
    expect(new Set(plan.flatMap((bundle) => bundle.slugs)).size).toBe(12346);
    expect(new Set(plan.map((bundle) => bundle.dir)).size).toBe(plan.length);
  });

  it('makes the first language main when the site language has no article', () => {
    expect(planSearchBundles(pages('ur', 'u1'), 'en').map((bundle) => bundle.dir)).toEqual(['search/pagefind/']);
  });

  it('plans nothing for no pages', () => {
    expect(planSearchBundles([], 'en')).toEqual([]);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses %s pages per bundle', (size) => {
    expect(() => planSearchBundles(pages('en', 'a'), 'en', size)).toThrow(/pages per search bundle/);
  });
});

describe('searchDocument', () => {
  const page = (sidebar: string, article = '<article class="story" data-pagefind-body><h1>Port</h1><p>Text</p></article>') =>
    `<!doctype html><html lang="ur" dir="ltr"><head><title>Port</title></head><body><main>${article}` +
    `<section><article class="teaser">Related</article></section></main><aside>${sidebar}</aside></body></html>`;

  it('keeps the language and the marked article, without the frame around it', () => {
    expect(searchDocument(page('Latest: A'))).toBe(
      '<html lang="ur"><body><article class="story" data-pagefind-body><h1>Port</h1><p>Text</p></article></body></html>',
    );
  });

  it('leaves the language out when the page has none', () => {
    const page = '<html><body><article data-pagefind-body><p>A</p></article><aside>Latest</aside></body></html>';
    expect(searchDocument(page)).toBe('<html><body><article data-pagefind-body><p>A</p></article></body></html>');
  });

  it('is the same when only the frame changes, and differs when the article does', () => {
    expect(searchDocument(page('Latest: B'))).toBe(searchDocument(page('Latest: A')));
    const edited = page('Latest: A', '<article class="story" data-pagefind-body><h1>Port</h1><p>New</p></article>');
    expect(searchDocument(edited)).not.toBe(searchDocument(page('Latest: A')));
  });

  it('follows nested articles to the marked one’s end', () => {
    const nested = '<article data-pagefind-body><p>A</p><article><p>B</p></article><p>C</p></article>';
    expect(searchDocument(page('x', nested))).toBe(`<html lang="ur"><body>${nested}</body></html>`);
  });

  it('is the whole page when nothing is marked or the element never ends', () => {
    const unmarked = '<html lang="en"><body><article><p>A</p></article></body></html>';
    expect(searchDocument(unmarked)).toBe(unmarked);
    const unclosed = '<html lang="en"><body><article data-pagefind-body><p>A</p></body></html>';
    expect(searchDocument(unclosed)).toBe(unclosed);
  });
});

describe('searchManifest', () => {
  it('lists every bundle but the main one, with its language', () => {
    const plan = planSearchBundles([...pages('en', 'a', 'b'), ...pages('ur', 'u')], 'en', 1);
    expect(searchManifest(plan)).toEqual({
      bundles: [
        { path: 'search/bundles/en-2/', language: 'en' },
        { path: 'search/bundles/ur-1/', language: 'ur' },
      ],
    });
  });
});

describe('describeSearchIndex', () => {
  it('sums pages per language over the bundles, sorted, with the time in seconds', () => {
    const entries = [
      { languages: { en: { page_count: 20 } } },
      { languages: { en: { page_count: 5 } } },
      { languages: { ur: { page_count: 1 } } },
    ];
    expect(describeSearchIndex(entries, 2, 412.6)).toBe(
      'Search index: 26 pages (en 25, ur 1) in 3 bundles (2 reused) in 0.41 s',
    );
  });

  it('says one page and one bundle in the singular', () => {
    expect(describeSearchIndex([{ languages: { en: { page_count: 1 } } }], 0, 50)).toBe(
      'Search index: 1 page (en 1) in 1 bundle (0 reused) in 0.05 s',
    );
  });

  it('reports an empty index without a language list', () => {
    expect(describeSearchIndex([], 0, 1000)).toBe('Search index: 0 pages in 0 bundles (0 reused) in 1.00 s');
  });
});
