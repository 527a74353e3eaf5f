import { describe, expect, it } from 'vitest';
import { computeRelated } from '#src/related/engine.ts';
import { DEFAULT_RELATED_SETTINGS, type RelatedSettings } from '#src/related/settings.ts';
import type { RelatedResult } from '#src/related/types.ts';
import { article, settings } from './fixtures.ts';
import { generateLabelledCorpus, mulberry32 } from '../../support/related-corpus.ts';


const slugs = (results: RelatedResult[] | undefined) => (results ?? []).map((result) => result.slug);
const tagsOnly = settings({ weights: { tags: 1, text: 0, city: 0, author: 0, time: 0 } });
const noSignals = settings({ weights: { tags: 0, text: 0, city: 0, author: 0, time: 0 } });
const corpus = generateLabelledCorpus({ articles: 400, clusters: 8, seed: 11, untaggedShare: 0.2 });

describe('computeRelated order', () => {
  it.each([
    [
      'puts the higher score first, even when older',
      [
        article('target', 5, { tags: ['a', 'b'] }),
        article('newer-one-topic', 9, { tags: ['a'] }),
        article('older-two-topics', 1, { tags: ['a', 'b'] }),
      ],
      ['older-two-topics', 'newer-one-topic'],
    ],
    [
      'puts the newer article first on equal scores',
      [
        article('target', 5, { tags: ['a'] }),
        article('older', 1, { tags: ['a'] }),
        article('newer', 9, { tags: ['a'] }),
      ],
      ['newer', 'older'],
    ],
    [
      'orders by slug on equal scores and dates',
      [
        article('target', 5, { tags: ['a'] }),
        article('beta', 1, { tags: ['a'] }),
        article('alpha', 1, { tags: ['a'] }),
      ],
      ['alpha', 'beta'],
    ],
  ])('%s', (_name, articles, expected) => {
    expect(slugs(computeRelated(articles, tagsOnly).get('target'))).toEqual(expected);
  });

  it('lists every scored result in score order, then by date and slug', () => {
    for (const [, results] of computeRelated(corpus.articles)) {
      const scored = results.filter((result) => result.reason === 'scored');
      for (let k = 1; k < scored.length; k++) expect(scored[k - 1]!.score).toBeGreaterThanOrEqual(scored[k]!.score);
    }
  });
});

describe('computeRelated fallbacks', () => {
  it('fills from articles sharing a topic, newest first, then from the latest articles', () => {
    const articles = [
      article('target', 10, { tags: ['floods', 'sindh'] }),
      article('old-floods', 1, { tags: ['floods'] }),
      article('sindh', 5, { tags: ['sindh'] }),
      article('latest', 20),
      article('earlier', 15),
      article('oldest', 0),
    ];
    const results = computeRelated(articles, settings({ ...noSignals, count: 4 })).get('target') ?? [];
    expect(results.map((result) => [result.slug, result.reason, result.score])).toEqual([
      ['sindh', 'same-topic', 0],
      ['old-floods', 'same-topic', 0],
      ['latest', 'latest', 0],
      ['earlier', 'latest', 0],
    ]);
  });

  it('puts scored results before fallbacks', () => {
    const articles = [
      article('target', 5, { tags: ['a'] }),
      article('fresh', 9),
      article('scored', 1, { tags: ['a'] }),
    ];
    expect(
      computeRelated(articles)
        .get('target')
        ?.map((result) => result.reason),
    ).toEqual(['scored', 'latest']);
  });

  it.each([
    ['two articles with nothing in common', [article('a', 0), article('b', 1)]],
    [
      'three articles, only one tagged',
      [article('a', 0, { tags: ['x'] }), article('b', 1), article('c', 2, { text: 'words' })],
    ],
    ['articles published at the same instant', [article('a', 3), article('b', 3), article('c', 3)]],
  ])('never leaves a list empty: %s', (_name, articles) => {
    for (const [, results] of computeRelated(articles)) expect(results).toHaveLength(articles.length - 1);
  });

  it('gives a lone article an empty list', () => {
    expect(computeRelated([article('only', 0, { tags: ['x'], text: 'lonely words' })]).get('only')).toEqual([]);
  });
});

describe('computeRelated eligibility', () => {
  it('never lists an article as related to itself, nor twice', () => {
    for (const [slug, results] of computeRelated(corpus.articles)) {
      expect(results).toHaveLength(DEFAULT_RELATED_SETTINGS.count);
      expect(slugs(results)).not.toContain(slug);
      expect(new Set(slugs(results)).size).toBe(results.length);
    }
  });

  it.each([
    [true, ['follow-up', 'background']],
    [false, ['background']],
  ])('with allowNewer %s lists newer follow-ups accordingly', (allowNewer, expected) => {
    const articles = [
      article('story', 5, { tags: ['floods'] }),
      article('follow-up', 6, { tags: ['floods'] }),
      article('background', 1, { tags: ['floods'] }),
    ];
    expect(slugs(computeRelated(articles, settings({ allowNewer })).get('story'))).toEqual(expected);
  });

  it('excludes articles newer than the target, from scores and fallbacks alike, when allowNewer is false', () => {
    const published = new Map(corpus.articles.map((a) => [a.slug, a.published]));
    const related = computeRelated(corpus.articles, settings({ allowNewer: false }));
    let listed = 0;
    for (const [slug, results] of related) {
      for (const result of results) expect(published.get(result.slug)!).toBeLessThanOrEqual(published.get(slug)!);
      listed += results.length;
    }
    expect(listed).toBeGreaterThan(0);
  });

  it('keeps articles published at the same instant when allowNewer is false', () => {
    const articles = [
      article('a', 3, { tags: ['x'] }),
      article('b', 3, { tags: ['x'] }),
      article('c', 9, { tags: ['x'] }),
    ];
    const related = computeRelated(articles, settings({ allowNewer: false }));
    expect([slugs(related.get('a')), slugs(related.get('b')), slugs(related.get('c'))]).toEqual([
      ['b'],
      ['a'],
      ['a', 'b'],
    ]);
  });

  it('takes only the nearest articles in time from a topic busier than its window', () => {
    const articles = Array.from({ length: 10 }, (_, day) => article(`day-${day}`, day, { tags: ['x'] }));
    const results = computeRelated(articles, settings({ tagWindow: 2 })).get('day-5') ?? [];
    expect(results.map((result) => [result.slug, result.reason])).toEqual([
      ['day-6', 'scored'],
      ['day-4', 'scored'],
      ['day-9', 'same-topic'],
      ['day-8', 'same-topic'],
      ['day-7', 'same-topic'],
    ]);
  });
});

describe('computeRelated determinism', () => {
  const expected = [...computeRelated(corpus.articles)];

  it('gives identical output on a second run', () => {
    expect([...computeRelated(corpus.articles)]).toEqual(expected);
  });

  it.each([1, 2, 3])('gives identical output for the articles shuffled (shuffle %i)', (seed) => {
    const random = mulberry32(seed);
    const shuffled = corpus.articles
      .map((a) => ({ a, key: random() }))
      .sort((x, y) => x.key - y.key)
      .map(({ a }) => a);
    expect(shuffled.map((a) => a.slug)).not.toEqual(corpus.articles.map((a) => a.slug));
    expect([...computeRelated(shuffled)]).toEqual(expected);
  });
});

describe('computeRelated input checks', () => {
  it('throws a RangeError naming weights.neighbours for weights written without it', () => {
    const { neighbours: _neighbours, ...older } = DEFAULT_RELATED_SETTINGS.weights;
    const written = { ...DEFAULT_RELATED_SETTINGS, weights: older } as unknown as RelatedSettings;
    expect(() => computeRelated([article('a', 0)], written)).toThrow(/weights\.neighbours/);
  });

  it('throws on a repeated slug', () => {
    expect(() => computeRelated([article('a', 0), article('b', 1), article('a', 2)])).toThrow('slug "a" appears twice');
  });

  it('throws on an invalid published time', () => {
    expect(() => computeRelated([article('a', Number.NaN)])).toThrow(RangeError);
  });

  it.each([
    ['count', { count: -1 }],
    ['termsPerArticle', { termsPerArticle: 1.5 }],
    ['weights.text', { weights: { text: Number.NaN } }],
    ['timeHalfLifeDays', { timeHalfLifeDays: 0 }],
    ['tagCutoffShare', { tagCutoffShare: 0 }],
    ['candidatePool', { candidatePool: -2 }],
    ['headlineWeight', { headlineWeight: 0.5 }],
  ])('throws a RangeError naming %s when it is out of range', (name, overrides) => {
    expect(() => computeRelated([article('a', 0)], settings(overrides))).toThrow(new RegExp(name.replace('.', '\\.')));
  });
});
