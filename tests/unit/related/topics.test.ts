import { describe, expect, it } from 'vitest';
import { relatedTopics } from '#src/related/topics.ts';

const tagged = (...lists: string[]) => lists.map((list) => ({ tags: list.split(',').filter(Boolean) }));

describe('relatedTopics', () => {
  const articles = tagged(
    'floods,sindh,relief',
    'floods,sindh',
    'floods,relief',
    'floods,budget',
    'cricket',
    'sindh,floods,floods',
  );

  it('counts, for each topic, the articles it shares with every other topic, most first', () => {
    expect(relatedTopics(articles).get('floods')).toEqual([
      { slug: 'sindh', articles: 3 },
      { slug: 'relief', articles: 2 },
      { slug: 'budget', articles: 1 },
    ]);
  });

  it('breaks ties by slug', () => {
    expect(
      relatedTopics(tagged('a,zeta', 'a,beta', 'a,mu'))
        .get('a')
        ?.map((topic) => topic.slug),
    ).toEqual(['beta', 'mu', 'zeta']);
  });

  it('maps a topic seen only alone to an empty list, and lists topics by slug', () => {
    const topics = relatedTopics(articles);
    expect(topics.get('cricket')).toEqual([]);
    expect([...topics.keys()]).toEqual(['budget', 'cricket', 'floods', 'relief', 'sindh']);
  });

  it.each([
    [1, ['sindh']],
    [2, ['sindh', 'relief']],
    [10, ['sindh', 'relief', 'budget']],
  ])('keeps at most %i co-occurring topics', (count, expected) => {
    expect(
      relatedTopics(articles, { count, maxTagsPerArticle: 10 })
        .get('floods')
        ?.map((topic) => topic.slug),
    ).toEqual(expected);
  });

  it('pairs only the first topics of an article with many', () => {
    const topics = relatedTopics(tagged('a,b,c,d'), { count: 5, maxTagsPerArticle: 2 });
    expect([...topics]).toEqual([
      ['a', [{ slug: 'b', articles: 1 }]],
      ['b', [{ slug: 'a', articles: 1 }]],
    ]);
  });

  it('does not depend on the order of the articles', () => {
    expect([...relatedTopics([...articles].reverse())]).toEqual([...relatedTopics(articles)]);
  });
});
