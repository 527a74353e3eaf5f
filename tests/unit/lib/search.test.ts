import { describe, expect, it } from 'vitest';
import { articlePagesGlob, describeSearchIndex, mergedSearchLanguages, searchIndexLanguage } from '../../../src/lib/search.ts';
import { createRoutes } from '../../../src/lib/urls.ts';

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

describe('mergedSearchLanguages', () => {
  it.each([
    ['a site in one language', ['en', 'en'], 'en', []],
    ['Urdu articles on an English site', ['en', 'ur', 'en', 'ur'], 'en', ['ur']],
    ['tags differing only in case, once', ['en', 'ur-PK', 'ur-pk', 'EN'], 'en', ['ur-pk']],
    ['several languages, sorted', ['fr', 'en', 'ar', 'ur'], 'en', ['ar', 'fr', 'ur']],
    ['a page language in other case', ['EN', 'ur'], 'En', ['ur']],
    ['no articles', [], 'en', []],
  ])('merges the right indexes for %s', (_label, articleLanguages, pageLanguage, merged) => {
    expect(mergedSearchLanguages(articleLanguages, pageLanguage)).toEqual(merged);
  });
});

describe('describeSearchIndex', () => {
  it('counts pages per language, sorted, and the time in seconds', () => {
    const entry = { languages: { ur: { page_count: 1 }, en: { page_count: 25 } } };
    expect(describeSearchIndex(entry, 412.6)).toBe('Search index: 26 pages (en 25, ur 1) in 0.41 s');
  });

  it('says one page in the singular', () => {
    expect(describeSearchIndex({ languages: { en: { page_count: 1 } } }, 50)).toBe('Search index: 1 page (en 1) in 0.05 s');
  });

  it('reports an empty index without a language list', () => {
    expect(describeSearchIndex({ languages: {} }, 1000)).toBe('Search index: 0 pages in 1.00 s');
  });
});

describe('articlePagesGlob', () => {
  it('names the index.html of every article folder, relative to the output', () => {
    expect(articlePagesGlob(createRoutes('/').article)).toBe('news/*/index.html');
  });

  it('follows the article route wherever it lives', () => {
    expect(articlePagesGlob((slug) => `/stories/${slug}/`)).toBe('stories/*/index.html');
  });
});
