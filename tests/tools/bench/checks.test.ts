import { describe, expect, it } from 'vitest';
import { checkSite, parsePublishedCount, parseSearchIndexCount, REQUIRED_FILES, type OutputFacts } from '../../../scripts/bench/checks.ts';
import { expectSite, listingPages, type ExpectedSite } from '../../../scripts/bench/expected.ts';

const expected: ExpectedSite = expectSite({
  articles: [
    ...Array.from({ length: 25 }, (_, i) => ({
      slug: `story-${i}`,
      author: 'amina-rauf',
      tags: ['Floods'],
      draft: false,
    })),
    { slug: 'unfinished', author: 'amina-rauf', tags: ['Floods'], draft: true },
  ],
  authors: [{ id: 'amina-rauf' }, { id: 'bilal-khan' }],
  pageSizes: { archive: 20, author: 20, tag: 20, feed: 50 },
});

/** The output a correct build writes for `expected`. */
function completeOutput(): Map<string, number> {
  const paths = [
    ...REQUIRED_FILES,
    ...expected.published.map((slug) => `news/${slug}/index.html`),
    ...expected.authors.flatMap((listing) => [...listingPages(listing), `${listing.folder}/rss.xml`]),
    ...expected.topics.flatMap((listing) => [...listingPages(listing), `${listing.folder}/rss.xml`]),
    'news/index.html',
    'news/page/1/index.html',
    '_astro/site.css',
  ];
  return new Map(paths.map((path) => [path, 100]));
}

const facts = (changes: Partial<OutputFacts> = {}): OutputFacts => ({
  files: completeOutput(),
  publishedReported: 25,
  rssItems: 25,
  jsonFeedItems: 25,
  searchIndexed: 25,
  ...changes,
});

const failed = (result: OutputFacts) =>
  checkSite(expected, result)
    .filter((check) => !check.ok)
    .map((check) => check.name);

describe('checkSite', () => {
  it('passes a complete output', () => {
    expect(failed(facts())).toEqual([]);
  });

  it('fails a missing article page and names it', () => {
    const files = completeOutput();
    files.delete('news/story-3/index.html');
    expect(failed(facts({ files }))).toEqual(['article pages', 'article pages, no extras']);
    expect(checkSite(expected, facts({ files })).find((check) => !check.ok)?.detail).toContain(
      'news/story-3/index.html',
    );
  });

  it('fails a page written for a draft', () => {
    const files = completeOutput().set('news/unfinished/index.html', 100);
    expect(failed(facts({ files }))).toEqual(['article pages, no extras', 'draft pages']);
  });

  it.each([
    ['tag/unexpected/index.html', 'topic pages, no extras'],
    ['author/amina-rauf/3/index.html', 'author pages, no extras'],
    ['news/page/3/index.html', 'archive pages, no extras'],
  ])('fails an extra page %s', (path, check) => {
    expect(failed(facts({ files: completeOutput().set(path, 100) }))).toEqual([check]);
  });

  it.each([
    'author/bilal-khan/index.html',
    'tag/floods/1/index.html',
    'news/page/1/index.html',
    'feed.json',
    'author/bilal-khan/rss.xml',
  ])('fails when %s is missing', (path) => {
    const files = completeOutput();
    files.delete(path);
    expect(failed(facts({ files })).length).toBeGreaterThan(0);
  });

  it('fails a published count that does not match', () => {
    expect(failed(facts({ publishedReported: 26 }))).toEqual(['published count']);
    expect(failed(facts({ publishedReported: undefined }))).toEqual(['published count']);
  });

  it.each([24, 26, undefined])('fails a search index of %s pages for 25 articles', (searchIndexed) => {
    expect(failed(facts({ searchIndexed }))).toEqual(['search index']);
  });

  it('fails empty or unreadable feeds', () => {
    expect(failed(facts({ rssItems: 0, jsonFeedItems: undefined }))).toEqual(['rss.xml items', 'feed.json items']);
  });
});

describe('parsePublishedCount', () => {
  it.each([
    ['Published 1 article.', 1],
    ['x\nPublished 9,999 articles.\n', undefined],
    ['12:00 [build] Published 9998 articles.\nHeld back 2:\n', 9998],
    ['Published 3 articles.\nPublished 4 articles.', 4],
    ['no report', undefined],
  ])('reads %j as %s', (output, count) => {
    expect(parsePublishedCount(output)).toBe(count);
  });
});

describe('parseSearchIndexCount', () => {
  it.each([
    ['[search] Search index: 1 page (en 1) in 1 bundle in 0.05 s', 1],
    ['Search index: 25 pages (en 24, ur 1) in 2 bundles in 0.41 s\nSearch index: 26 pages', 26],
    ['no index', undefined],
  ])('reads %j as %s', (output, count) => {
    expect(parseSearchIndexCount(output)).toBe(count);
  });
});
