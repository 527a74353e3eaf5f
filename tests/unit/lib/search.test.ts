import { describe, expect, it } from 'vitest';
import {
  describeSearchIndex,
  planSearchBundles,
  searchIndexLanguage,
  searchManifest,
  type SearchPage,
} from '../../../src/lib/search.ts';

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

const pages = (lang: string, ...slugs: string[]): SearchPage[] => slugs.map((slug) => ({ slug, lang }));

describe('planSearchBundles', () => {
  it('puts a small one-language site in the main bundle, slugs sorted', () => {
    expect(planSearchBundles(pages('en', 'b', 'a', 'c'), 'en')).toEqual([
      { dir: 'search/pagefind/', language: 'en', slugs: ['a', 'b', 'c'] },
    ]);
  });

  it('gives every language its own bundles, the site language first and main', () => {
    const plan = planSearchBundles([...pages('ur', 'u1'), ...pages('fr', 'f1'), ...pages('EN', 'e1')], 'en');
    expect(plan.map(({ dir, language }) => [dir, language])).toEqual([
      ['search/pagefind/', 'en'],
      ['search/bundles/fr-1/', 'fr'],
      ['search/bundles/ur-1/', 'ur'],
    ]);
  });

  it('splits a language into near-equal runs of at most the given size', () => {
    const plan = planSearchBundles(pages('en', 'a', 'b', 'c', 'd', 'e', 'f', 'g'), 'en', 3);
    expect(plan).toEqual([
      { dir: 'search/pagefind/', language: 'en', slugs: ['a', 'b', 'c'] },
      { dir: 'search/bundles/en-2/', language: 'en', slugs: ['d', 'e', 'f'] },
      { dir: 'search/bundles/en-3/', language: 'en', slugs: ['g'] },
    ]);
    const even = planSearchBundles(pages('en', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), 'en', 6);
    expect(even.map((bundle) => bundle.slugs.length)).toEqual([4, 4]);
  });

  it('indexes every page exactly once at newsroom scale', () => {
    const slugs = Array.from({ length: 12345 }, (_, index) => `story-${index}`);
    const plan = planSearchBundles([...pages('en', ...slugs), ...pages('ur', 'urdu')], 'en');
    expect(plan.map((bundle) => bundle.slugs.length)).toEqual([4115, 4115, 4115, 1]);
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
    expect(describeSearchIndex(entries, 412.6)).toBe('Search index: 26 pages (en 25, ur 1) in 3 bundles in 0.41 s');
  });

  it('says one page and one bundle in the singular', () => {
    expect(describeSearchIndex([{ languages: { en: { page_count: 1 } } }], 50)).toBe(
      'Search index: 1 page (en 1) in 1 bundle in 0.05 s',
    );
  });

  it('reports an empty index without a language list', () => {
    expect(describeSearchIndex([], 1000)).toBe('Search index: 0 pages in 0 bundles in 1.00 s');
  });
});
