import { describe, expect, it } from 'vitest';
import { groupByTopic, topicSlug } from '#src/newsroom/topics.ts';

describe('topicSlug', () => {
  it.each([
    ['Central Asia', 'central-asia'],
    ['  Climate  ', 'climate'],
    ['COP29', 'cop29'],
    ['Women’s Rights', 'womens-rights'],
    ['Économie', 'économie'],
    ['پاکستان کی معیشت', 'پاکستان-کی-معیشت'],
    ['کراچی', 'کراچی'],
  ])('turns "%s" into "%s"', (name, slug) => {
    expect(topicSlug(name)).toBe(slug);
  });

  it('keeps the letters of Urdu text rather than dropping them', () => {
    const slug = topicSlug('موسمیاتی تبدیلی');
    expect(slug).toBe('موسمیاتی-تبدیلی');
    expect(slug.replaceAll('-', '').length).toBe('موسمیاتی تبدیلی'.replaceAll(' ', '').length);
  });

  it('gives names that differ only in case one slug', () => {
    expect(new Set(['Climate Change', 'climate change', 'CLIMATE CHANGE'].map(topicSlug)).size).toBe(1);
  });

  it.each([
    ['Pakistan–Afghanistan', 'Pakistan-Afghanistan'],
    ['Women’s Rights', "Women's Rights"],
    ['Trade, Energy', 'Trade Energy'],
  ])('gives "%s" and "%s", which differ only in punctuation, one slug', (a, b) => {
    expect(topicSlug(a)).toBe(topicSlug(b));
  });
});

describe('groupByTopic', () => {
  const article = (slug: string, ...tags: string[]) => ({ slug, tags });

  it('puts case variants of a topic under one slug', () => {
    const groups = groupByTopic([article('a', 'Climate'), article('b', 'climate'), article('c', 'CLIMATE')]);
    expect(groups.map((group) => group.slug)).toEqual(['climate']);
    expect(groups[0]?.articles.map((a) => a.slug)).toEqual(['a', 'b', 'c']);
  });

  it('shows the spelling used most', () => {
    const groups = groupByTopic([
      article('a', 'climate'),
      article('b', 'Climate'),
      article('c', 'Climate'),
      article('d', 'CLIMATE'),
    ]);
    expect(groups[0]?.name).toBe('Climate');
  });

  it('breaks a tie between spellings by sort order, not by which came first', () => {
    const first = groupByTopic([article('a', 'climate'), article('b', 'Climate')]);
    const second = groupByTopic([article('b', 'Climate'), article('a', 'climate')]);
    expect(first[0]?.name).toBe('Climate');
    expect(second[0]?.name).toBe('Climate');
  });

  it('lists the busiest topics first, then by slug', () => {
    const groups = groupByTopic([
      article('a', 'Trade', 'Energy'),
      article('b', 'Energy', 'Climate'),
      article('c', 'Energy'),
      article('d', 'Trade', 'Asia'),
    ]);
    expect(groups.map((group) => [group.slug, group.articles.length])).toEqual([
      ['energy', 3],
      ['trade', 2],
      ['asia', 1],
      ['climate', 1],
    ]);
  });

  it('counts an article once when it lists a topic twice', () => {
    const twice = article('a', 'Climate', 'climate', 'Climate');
    const groups = groupByTopic([twice, article('b', 'Climate')]);
    expect(groups[0]?.articles).toEqual([twice, article('b', 'Climate')]);
  });

  it('keeps the input order inside each group', () => {
    const articles = [article('z', 'Asia'), article('m', 'Asia'), article('a', 'Asia')];
    expect(groupByTopic(articles)[0]?.articles).toEqual(articles);
  });

  it('skips a tag that has no letters or digits to make a slug from', () => {
    const groups = groupByTopic([article('a', '!!!', 'Asia')]);
    expect(groups.map((group) => group.slug)).toEqual(['asia']);
  });

  it('groups Urdu topics under their Urdu slug', () => {
    const groups = groupByTopic([article('a', 'پاکستان کی معیشت'), article('b', 'پاکستان کی معیشت')]);
    expect(groups).toEqual([
      { slug: 'پاکستان-کی-معیشت', name: 'پاکستان کی معیشت', articles: [article('a', 'پاکستان کی معیشت'), article('b', 'پاکستان کی معیشت')] },
    ]);
  });

  it('returns no groups for articles without tags', () => {
    expect(groupByTopic([article('a'), article('b')])).toEqual([]);
  });
});
