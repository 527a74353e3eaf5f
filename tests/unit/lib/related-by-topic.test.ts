import { describe, expect, it } from 'vitest';
import { relatedByTopic } from '../../../src/lib/related-by-topic.ts';
import { groupByTopic } from '../../../src/lib/topics.ts';

interface Item {
  slug: string;
  tags: string[];
  published: Date;
}

/** Articles newest first, one day apart, written as `slug: Tag, Tag`. */
function newsroom(...lines: string[]): Item[] {
  return lines.map((line, index) => {
    const [slug = '', tags = ''] = line.split(':');
    return {
      slug: slug.trim(),
      tags: tags.split(',').map((tag) => tag.trim()).filter(Boolean),
      published: new Date(Date.UTC(2025, 0, 1000 - index)),
    };
  });
}

function related(articles: Item[], count: number): Map<string, string[]> {
  const lists = relatedByTopic(articles, groupByTopic(articles), count);
  return new Map([...lists].map(([slug, list]) => [slug, list.map((article) => article.slug)]));
}

describe('relatedByTopic', () => {
  it('never lists an article as related to itself', () => {
    const articles = newsroom('a: Asia', 'b: Asia', 'c: Asia', 'd: Asia');
    for (const [slug, list] of related(articles, 10)) expect(list).not.toContain(slug);
  });

  it('ranks an article sharing a rare topic above newer ones sharing a common topic', () => {
    const articles = newsroom(
      'target: Economy, Sorghum',
      'common-1: Economy',
      'common-2: Economy',
      'common-3: Economy',
      'rare: Sorghum',
    );
    expect(related(articles, 2).get('target')).toEqual(['rare', 'common-1']);
  });

  it('ranks an article sharing two topics above newer ones sharing one', () => {
    const articles = newsroom('one-a: Trade', 'one-b: Energy', 'target: Trade, Energy', 'both: Trade, Energy');
    expect(related(articles, 1).get('target')).toEqual(['both']);
  });

  it('fills up from the latest articles when too few share a topic, without repeats', () => {
    const articles = newsroom('latest: Culture', 'second: Sport', 'target: Trade', 'partner: Trade', 'old: Sport');
    expect(related(articles, 3).get('target')).toEqual(['partner', 'latest', 'second']);
  });

  it('is never empty while another article exists, even without shared or any topics', () => {
    const lists = related(newsroom('a', 'b: Trade'), 5);
    expect(lists.get('a')).toEqual(['b']);
    expect(lists.get('b')).toEqual(['a']);
  });

  it('gives the only article an empty list', () => {
    expect(related(newsroom('alone: Asia'), 5).get('alone')).toEqual([]);
  });

  it.each([0, 1, 3, 6])('lists at most %i articles', (count) => {
    const articles = newsroom('a: Asia', 'b: Asia, Trade', 'c: Trade', 'd', 'e: Asia', 'f: Trade', 'g');
    for (const list of related(articles, count).values()) {
      expect(list.length).toBe(Math.min(count, articles.length - 1));
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('gives the same lists every time for the same input', () => {
    const articles = newsroom('a: Asia, Trade', 'b: Asia', 'c: Trade', 'd: Asia, Trade', 'e: Asia', 'f');
    expect(related(articles, 3)).toEqual(related(articles, 3));
    expect(related(structuredClone(articles), 3)).toEqual(related(articles, 3));
  });

  it('among equally related articles, prefers those nearer in time', () => {
    const articles = newsroom(
      'a-newest: Climate',
      'b: Climate',
      'c: Climate',
      'd: Climate',
      'e: Climate',
      'f: Climate',
      'g-oldest: Climate',
    );
    expect(related(articles, 2).get('g-oldest')).toEqual(['f', 'e']);
  });

  it('computes a full list for each of 5,000 articles all in one topic', () => {
    const articles = Array.from({ length: 5000 }, (_, index) => ({
      slug: `article-${String(index).padStart(4, '0')}`,
      tags: ['Economy'],
      published: new Date(Date.UTC(2020, 0, 5000 - index)),
    }));
    const lists = relatedByTopic(articles, groupByTopic(articles), 5);
    expect(lists.size).toBe(5000);
    for (const [slug, list] of lists) {
      expect(list).toHaveLength(5);
      expect(list.map((article) => article.slug)).not.toContain(slug);
    }
    // Candidates come from the article's neighbours in time, not from the whole topic.
    const middle = lists.get('article-2500')?.map((article) => Number(article.slug.slice(-4))) ?? [];
    for (const index of middle) expect(Math.abs(index - 2500)).toBeLessThanOrEqual(20);
  });
});
