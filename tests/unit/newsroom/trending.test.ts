import { describe, expect, it } from 'vitest';
import { selectTrending } from '#src/newsroom/trending.ts';

const latest = ['e', 'd', 'c', 'b', 'a'].map((slug) => ({ slug }));
const bySlug = new Map(latest.map((article) => [article.slug, article]));
const slugs = (pinned: string[], count: number) =>
  selectTrending(pinned, bySlug, latest, count).map((article) => article.slug);

describe('selectTrending', () => {
  it('keeps the desk’s pinned order, then fills from the latest', () => {
    expect(slugs(['b', 'd'], 4)).toEqual(['b', 'd', 'e', 'c']);
  });

  it.each([
    ['an unknown slug', ['nope', 'b']],
    ['a held-back slug missing from the published map', ['draft-story', 'b']],
  ])('skips %s', (_label, pinned) => {
    expect(slugs(pinned, 3)).toEqual(['b', 'e', 'd']);
  });

  it('lists an article once even when pinned twice and also among the latest', () => {
    expect(slugs(['c', 'c', 'e'], 5)).toEqual(['c', 'e', 'd', 'b', 'a']);
  });

  it.each([
    [0, []],
    [1, ['b']],
    [2, ['b', 'd']],
    [10, ['b', 'd', 'e', 'c', 'a']],
  ])('returns at most %i articles', (count, expected) => {
    expect(slugs(['b', 'd'], count)).toEqual(expected);
  });

  it('falls back to the latest articles when nothing is pinned', () => {
    expect(slugs([], 3)).toEqual(['e', 'd', 'c']);
  });

  it('returns the published article objects themselves', () => {
    expect(selectTrending(['a'], bySlug, latest, 1)[0]).toBe(bySlug.get('a'));
  });
});
