import { describe, expect, it } from 'vitest';
import { clusterLanguage, generateLabelledCorpus, mulberry32 } from '../../support/related-corpus.ts';

const options = { articles: 600, clusters: 12, seed: 42, untaggedShare: 0.25 };

describe('generateLabelledCorpus', () => {
  it('makes the same corpus for the same seed', () => {
    expect(generateLabelledCorpus(options)).toEqual(generateLabelledCorpus(options));
  });

  it('makes a different corpus for another seed', () => {
    const [a, b] = [generateLabelledCorpus(options), generateLabelledCorpus({ ...options, seed: 43 })];
    expect(b.articles.map((x) => x.text)).not.toEqual(a.articles.map((x) => x.text));
  });

  it('labels every article with one of the clusters, and uses them all', () => {
    const { articles, clusterOf } = generateLabelledCorpus(options);
    expect(articles).toHaveLength(600);
    expect(clusterOf.size).toBe(600);
    expect(new Set(clusterOf.values())).toEqual(new Set(Array.from({ length: 12 }, (_, k) => k)));
  });

  it.each([0, 0.25, 1])('leaves about a share %f of articles untagged', (untaggedShare) => {
    const { articles } = generateLabelledCorpus({ ...options, untaggedShare });
    const untagged = articles.filter((article) => article.tags.length === 0).length / articles.length;
    expect(untagged).toBeGreaterThanOrEqual(untaggedShare);
    expect(untagged).toBeLessThan(untaggedShare + 0.05);
  });

  it('spreads dates over five years, with about one author per 50 articles and unique slugs', () => {
    const { articles } = generateLabelledCorpus(options);
    const published = articles.map((article) => article.published);
    expect(Math.min(...published)).toBeGreaterThanOrEqual(Date.UTC(2020, 0, 1));
    expect(Math.max(...published)).toBeLessThan(Date.UTC(2025, 0, 1));
    expect(Math.max(...published) - Math.min(...published)).toBeGreaterThan(4.5 * 365 * 86_400_000);
    expect(new Set(articles.map((article) => article.author)).size).toBe(12);
    expect(new Set(articles.map((article) => article.slug)).size).toBe(600);
  });

  it('tags some articles with topics of other clusters', () => {
    const { articles, clusterOf } = generateLabelledCorpus(options);
    const foreign = articles.filter((article) =>
      article.tags.some((tag) => /^topic-\d+/.test(tag) && !tag.startsWith(`topic-${clusterOf.get(article.slug)}`)),
    );
    expect(foreign.length).toBeGreaterThan(0.1 * articles.length);
  });
});

describe('generateLabelledCorpus mix', () => {
  const mixed = generateLabelledCorpus({ ...options, mix: 0.5 });
  const plain = generateLabelledCorpus(options);

  it('makes the same corpus at mix 0 as without the knob, with no borrowed topics', () => {
    expect(generateLabelledCorpus({ ...options, mix: 0 })).toEqual(plain);
    expect([...plain.digressionsOf.values()].every((list) => list.length === 0)).toBe(true);
  });

  it('keeps clusters, topics, dates and headlines and changes only the bodies', () => {
    expect(mixed.clusterOf).toEqual(plain.clusterOf);
    const strip = ({ text: _text, ...rest }: (typeof plain.articles)[number]) => rest;
    expect(mixed.articles.map(strip)).toEqual(plain.articles.map(strip));
    expect(mixed.articles.map((article) => article.text)).not.toEqual(plain.articles.map((article) => article.text));
    for (const article of mixed.articles) expect(article.text.startsWith(article.headline!)).toBe(true);
  });

  it('borrows from two other clusters of the same script per article, when its script has another', () => {
    // Of the 12 clusters only cluster 7 is in Urdu: its articles have nothing to borrow from.
    for (const article of mixed.articles) {
      const cluster = mixed.clusterOf.get(article.slug)!;
      const borrowed = mixed.digressionsOf.get(article.slug)!;
      expect(borrowed).toHaveLength(clusterLanguage(cluster) === 'ur' ? 0 : 2);
      for (const other of borrowed) {
        expect(other).not.toBe(cluster);
        expect(clusterLanguage(other)).toBe(clusterLanguage(cluster));
      }
    }
  });

  it('throws on a mix outside [0, 1]', () => {
    expect(() => generateLabelledCorpus({ ...options, mix: 1.5 })).toThrow(RangeError);
  });
});

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const [a, b] = [mulberry32(9), mulberry32(9)];
    const values = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
