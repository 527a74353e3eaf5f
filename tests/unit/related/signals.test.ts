import { describe, expect, it } from 'vitest';
import { computeRelated } from '#src/related/engine.ts';
import { DEFAULT_RELATED_SETTINGS, type RelatedSettings } from '#src/related/settings.ts';
import type { RelatedArticle, RelatedResult } from '#src/related/types.ts';
import { article, settings } from './fixtures.ts';


function listFor(articles: RelatedArticle[], slug: string, options?: RelatedSettings): RelatedResult[] {
  return computeRelated(articles, options).get(slug) ?? [];
}

const slugs = (results: RelatedResult[]) => results.map((result) => result.slug);
const only = (signal: keyof RelatedSettings['weights']) =>
  settings({ weights: { tags: 0, text: 0, city: 0, author: 0, time: 0, [signal]: 1 } });

describe('computeRelated signals', () => {
  it('scores shared topics, more shared topics scoring more', () => {
    const results = listFor(
      [
        article('target', 0, { tags: ['floods', 'sindh'] }),
        article('both', 0, { tags: ['floods', 'sindh'] }),
        article('one', 0, { tags: ['floods'] }),
        article('other', 0, { tags: ['cricket'] }),
      ],
      'target',
      only('tags'),
    );
    expect(slugs(results)).toEqual(['both', 'one', 'other']);
    expect(results.map((result) => result.reason)).toEqual(['scored', 'scored', 'latest']);
    expect(results[0]!.signals.tags).toBeGreaterThan(results[1]!.signals.tags);
    expect(results[1]!.signals.tags).toBeGreaterThan(0);
  });

  it('ranks an older article sharing a rare topic above newer ones sharing a common topic', () => {
    const common = Array.from({ length: 9 }, (_, k) => article(`common-${k}`, 10 + k, { tags: ['economy'] }));
    const results = listFor(
      [article('target', 5, { tags: ['economy', 'sorghum'] }), article('rare', 0, { tags: ['sorghum'] }), ...common],
      'target',
    );
    expect(results[0]!.slug).toBe('rare');
    expect(results[0]!.signals.tags).toBeGreaterThan(2 * results[1]!.signals.tags);
    expect(results[1]!.signals.tags).toBeGreaterThan(0);
  });

  it.each([
    [
      'ignores a topic on more than the cut-off share of articles',
      { tagCutoffShare: 0.5, tagCutoffMinArticles: 0 },
      'same-topic',
    ],
    ['keeps a topic below the cut-off share', { tagCutoffShare: 1, tagCutoffMinArticles: 0 }, 'scored'],
    [
      'keeps a busy topic on a site too small for the cut-off',
      { tagCutoffShare: 0.2, tagCutoffMinArticles: 20 },
      'scored',
    ],
  ] as const)('%s', (_name, cutoff, reason) => {
    const articles = Array.from({ length: 12 }, (_, k) => article(`story-${k}`, k, { tags: ['pakistan'] }));
    const results = listFor(articles, 'story-5', settings(cutoff));
    expect(results).toHaveLength(5);
    for (const result of results) {
      expect(result.reason).toBe(reason);
      expect(result.signals.tags > 0).toBe(reason === 'scored');
    }
  });

  it('relates untagged articles by the words they share', () => {
    const results = listFor(
      [
        article('target', 0, { text: 'Cricket final: Lahore stadium sold out for the cricket final' }),
        article('match', 1, { text: 'The cricket final moves to Karachi' }),
        article('budget', 2, { text: 'Budget deficit widens in Karachi' }),
      ],
      'target',
      only('text'),
    );
    expect(slugs(results)).toEqual(['match', 'budget']);
    expect(results[0]!.signals.text).toBeGreaterThan(0);
    expect(results[1]!.reason).toBe('latest');
  });

  it('relates articles written in Urdu, with or without optional vowel marks', () => {
    const results = listFor(
      [
        article('target', 0, { text: 'کراچی میں بارش کے بعد سیلاب' }),
        article('flood', 1, { text: 'کَراچی میں سیلاب سے نقصان' }),
        article('cricket', 2, { text: 'لاہور میں کرکٹ میچ' }),
      ],
      'target',
      only('text'),
    );
    expect(slugs(results)).toEqual(['flood', 'cricket']);
    expect(results[0]!.signals.text).toBeGreaterThan(0.5);
    expect(results[1]!.reason).toBe('latest');
  });

  it.each(['city', 'author'] as const)('adds the %s weight for the same %s and nothing otherwise', (signal) => {
    const results = listFor(
      [
        article('target', 0, { tags: ['floods'], [signal]: 'karachi' }),
        article('elsewhere', 0, { tags: ['floods'], [signal]: 'lahore' }),
        article('unknown', 0, { tags: ['floods'] }),
        article('same', 0, { tags: ['floods'], [signal]: 'karachi' }),
      ],
      'target',
    );
    expect(slugs(results)).toEqual(['same', 'elsewhere', 'unknown']);
    expect(results.map((result) => result.signals[signal])).toEqual([DEFAULT_RELATED_SETTINGS.weights[signal], 0, 0]);
    expect(results[0]!.score - results[1]!.score).toBeCloseTo(DEFAULT_RELATED_SETTINGS.weights[signal], 12);
  });

  it.each(['city', 'author'] as const)('never matches an unknown %s with another unknown one', (signal) => {
    const results = listFor([article('target', 0, { tags: ['x'] }), article('other', 0, { tags: ['x'] })], 'target');
    expect(results[0]!.signals[signal]).toBe(0);
  });

  it.each([
    [0, 1],
    [30, 0.5],
    [-30, 0.5],
    [60, 0.25],
  ])('weighs an article %i days away by %f of the time weight', (days, share) => {
    const results = listFor([article('target', 0, { tags: ['x'] }), article('other', days, { tags: ['x'] })], 'target');
    expect(results[0]!.signals.time).toBeCloseTo(DEFAULT_RELATED_SETTINGS.weights.time * share, 12);
  });

  it('ranks the article closer in time first when all else is equal', () => {
    const articles = [
      article('target', 100, { tags: ['x'] }),
      article('far', 10, { tags: ['x'] }),
      article('near', 90, { tags: ['x'] }),
    ];
    expect(slugs(listFor(articles, 'target'))).toEqual(['near', 'far']);
  });

  it('makes every score the sum of its signals', () => {
    const articles = [
      article('target', 0, { tags: ['x', 'y'], city: 'c', author: 'a', text: 'flood relief camps in sindh' }),
      article('a', 3, { tags: ['x'], city: 'c', text: 'relief camps open' }),
      article('b', 9, { tags: ['y'], author: 'a', text: 'sindh flood waters recede' }),
      article('c', 12, { tags: ['x', 'y'], text: 'relief camps as sindh flood waters recede' }),
    ];
    const results = listFor(articles, 'target');
    expect(results.some((result) => result.signals.neighbours > 0)).toBe(true);
    for (const result of results) {
      const { tags, text, neighbours, city, author, time } = result.signals;
      expect(result.score).toBe(tags + text + neighbours + city + author + time);
    }
  });

  it('counts headline words more, and ignores the headline at headline weight 0', () => {
    const articles = [
      article('target', 0, { text: 'Port tariffs\nmonsoon rainfall floods', headline: 'Port tariffs' }),
      article('trade', 1, { text: 'Port tariffs\ncustoms queues', headline: 'Port tariffs' }),
      article('weather', 2, { text: 'Monsoon rainfall\nfloods close roads', headline: 'Monsoon rainfall' }),
    ];
    const textOnly = only('text');
    const weighed = listFor(articles, 'target', textOnly);
    const plain = listFor(articles, 'target', { ...textOnly, headlineWeight: 0 });
    const withoutHeadlines = listFor(
      articles.map(({ headline: _headline, ...rest }) => rest),
      'target',
      textOnly,
    );
    expect(slugs(weighed)).toEqual(['trade', 'weather']);
    expect(weighed[0]!.signals.text).toBeGreaterThan(weighed[1]!.signals.text);
    expect(plain).toEqual(withoutHeadlines);
    expect(plain[0]!.signals.text).toBeLessThan(weighed[0]!.signals.text);
  });

  it('leaves out words found in more than termCutoffArticles articles', () => {
    const articles = [
      ...Array.from({ length: 6 }, (_, k) => article(`story-${k}`, k, { text: `common unique${k}` })),
      article('other', 9, { text: 'elsewhere' }),
    ];
    const kept = listFor(articles, 'story-0', settings({ termCutoffArticles: 6 }));
    const cut = listFor(articles, 'story-0', settings({ termCutoffArticles: 5 }));
    expect(kept.every((result) => result.reason === 'scored' && result.signals.text > 0)).toBe(true);
    expect(cut.every((result) => result.reason === 'latest')).toBe(true);
  });
});
