import { describe, expect, it } from 'vitest';
import { findLowScores, formatScoreTable, medianScores, toScores, type Scores } from '../../../scripts/audit/scores.ts';

const scores = (performance: number, accessibility: number, bestPractices: number, seo: number): Scores => ({
  performance,
  accessibility,
  'best-practices': bestPractices,
  seo,
});

describe('toScores', () => {
  it('turns Lighthouse fractions into whole scores out of 100', () => {
    const result = { categories: { performance: { score: 0.987 }, accessibility: { score: 1 }, 'best-practices': { score: 0.96 }, seo: { score: 0.5 } } };
    expect(toScores(result)).toEqual(scores(99, 100, 96, 50));
  });

  it('counts a category without a score, or missing, as 0', () => {
    expect(toScores({ categories: { performance: { score: null }, seo: { score: 1 } } })).toEqual(scores(0, 0, 0, 100));
  });
});

describe('medianScores', () => {
  it.each([
    ['one run', [scores(90, 100, 100, 100)], scores(90, 100, 100, 100)],
    ['an odd number of runs', [scores(97, 100, 96, 100), scores(88, 100, 100, 100), scores(99, 100, 100, 92)], scores(97, 100, 100, 100)],
    ['an even number of runs, rounding', [scores(96, 100, 100, 100), scores(99, 100, 100, 100)], scores(98, 100, 100, 100)],
  ])('takes each category’s median of %s', (_name, runs, expected) => {
    expect(medianScores(runs)).toEqual(expected);
  });

  it('refuses no runs', () => {
    expect(() => medianScores([])).toThrow();
  });
});

describe('findLowScores', () => {
  it('names every page and category under the floor, and nothing at it', () => {
    const pages = [
      { path: '/', scores: scores(95, 100, 100, 100) },
      { path: '/news/a/', scores: scores(94, 100, 80, 100) },
    ];
    expect(findLowScores(pages, 95)).toEqual(['/news/a/ performance 94', '/news/a/ best-practices 80']);
  });
});

describe('formatScoreTable', () => {
  it('lines up a column a category under a header', () => {
    const table = formatScoreTable([
      { path: '/', scores: scores(100, 100, 100, 100) },
      { path: '/news/some-slug/', scores: scores(97, 100, 96, 92) },
    ]);
    expect(table.split('\n')).toEqual([
      'page              performance  accessibility  best-practices  seo',
      '----------------  -----------  -------------  --------------  ---',
      '/                         100            100             100  100',
      '/news/some-slug/           97            100              96   92',
    ]);
  });
});
