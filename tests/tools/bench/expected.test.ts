import { describe, expect, it } from 'vitest';
import { expectSite, listingPages } from '../../../scripts/bench/expected.ts';

const pageSizes = { archive: 20, author: 20, tag: 20, feed: 50 };
const article = (slug: string, author: string, tags: string[], draft = false) => ({ slug, author, tags, draft });

describe('listingPages', () => {
  it('puts the head in the folder and numbered page n in a subfolder', () => {
    expect(listingPages({ folder: 'tag/floods', pages: 2 })).toEqual([
      'tag/floods/index.html',
      'tag/floods/1/index.html',
      'tag/floods/2/index.html',
    ]);
  });
});

describe('expectSite', () => {
  const articles = [
    ...Array.from({ length: 45 }, (_, i) => article(`a-${i}`, 'amina-rauf', ['Climate Change', 'Floods'])),
    article('b-1', 'bilal-khan', ['Floods', 'Supply Chains']),
    article('draft-1', 'bilal-khan', ['Only On A Draft'], true),
  ];
  const site = expectSite({
    articles,
    authors: [{ id: 'amina-rauf' }, { id: 'bilal-khan' }, { id: 'chiara-rossi' }],
    pageSizes,
  });

  it('publishes every article but the drafts', () => {
    expect(site.published).toHaveLength(46);
    expect(site.drafts).toEqual(['draft-1']);
  });

  it('gives every author a head and one numbered page per 20 published articles', () => {
    expect(site.authors).toEqual([
      { folder: 'author/amina-rauf', pages: 2 },
      { folder: 'author/bilal-khan', pages: 0 },
      { folder: 'author/chiara-rossi', pages: 0 },
    ]);
  });

  it('gives a topic listing, slugged, only to topics of published articles', () => {
    expect(site.topics).toEqual([
      { folder: 'tag/climate-change', pages: 2 },
      { folder: 'tag/floods', pages: 2 },
      { folder: 'tag/supply-chains', pages: 0 },
    ]);
  });

  it('pages the archive and caps the feeds', () => {
    expect(site.archivePages).toBe(2);
    expect(site.feedItems).toBe(46);
    expect(
      expectSite({ articles: Array.from({ length: 60 }, (_, i) => article(`x${i}`, 'a', [])), authors: [], pageSizes })
        .feedItems,
    ).toBe(50);
  });

  it('counts a topic once per article even when two spellings share its slug', () => {
    const twice = expectSite({ articles: [article('x', 'a', ['Floods', 'floods'])], authors: [], pageSizes });
    expect(twice.topics).toEqual([{ folder: 'tag/floods', pages: 0 }]);
  });
});
