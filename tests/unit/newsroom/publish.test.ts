import { describe, expect, it } from 'vitest';
import {
  applyPublishPolicy,
  compareNewestFirst,
  formatPublishReport,
  resolveNow,
  type PublishCandidate,
} from '#src/newsroom/publish.ts';

const NOW = new Date('2025-04-15T12:00:00.000Z');

function candidate(slug: string, published: string, draft = false): PublishCandidate & { title: string } {
  return { slug, file: `content/articles/2025/${slug}.md`, draft, published: new Date(published), title: slug };
}

describe('applyPublishPolicy', () => {
  it('holds back a draft with the reason "draft: true"', () => {
    const { published, heldBack } = applyPublishPolicy([candidate('plan', '2025-04-01T00:00:00Z', true)], NOW);
    expect(published).toEqual([]);
    expect(heldBack).toEqual([{ slug: 'plan', file: 'content/articles/2025/plan.md', reason: 'draft: true' }]);
  });

  it('holds back an article dated after now, naming both instants', () => {
    const { published, heldBack } = applyPublishPolicy([candidate('budget', '2025-04-16T00:00:00Z')], NOW);
    expect(published).toEqual([]);
    expect(heldBack).toEqual([
      {
        slug: 'budget',
        file: 'content/articles/2025/budget.md',
        reason: 'scheduled: dateline 2025-04-16T00:00:00.000Z is after now (2025-04-15T12:00:00.000Z)',
      },
    ]);
  });

  it('gives a future draft the draft reason', () => {
    const { heldBack } = applyPublishPolicy([candidate('later', '2030-01-01T00:00:00Z', true)], NOW);
    expect(heldBack.map((item) => item.reason)).toEqual(['draft: true']);
  });

  it.each([
    ['exactly now', '2025-04-15T12:00:00.000Z', true],
    ['one millisecond before now', '2025-04-15T11:59:59.999Z', true],
    ['one millisecond after now', '2025-04-15T12:00:00.001Z', false],
  ])('decides an article dated %s', (_label, dateline, isPublished) => {
    const { published, heldBack } = applyPublishPolicy([candidate('edge', dateline)], NOW);
    expect(published.length).toBe(isPublished ? 1 : 0);
    expect(heldBack.length).toBe(isPublished ? 0 : 1);
  });

  it('orders published articles newest first, ties by slug', () => {
    const articles = [
      candidate('older', '2025-04-01T00:00:00Z'),
      candidate('zeta', '2025-04-10T00:00:00Z'),
      candidate('newest', '2025-04-14T00:00:00Z'),
      candidate('alpha', '2025-04-10T00:00:00Z'),
    ];
    const { published } = applyPublishPolicy(articles, NOW);
    expect(published.map((article) => article.slug)).toEqual(['newest', 'alpha', 'zeta', 'older']);
  });

  it('lists held-back files in file order', () => {
    const articles = [
      candidate('c-draft', '2025-04-01T00:00:00Z', true),
      candidate('a-future', '2026-01-01T00:00:00Z'),
      candidate('b-draft', '2025-04-01T00:00:00Z', true),
    ];
    const { heldBack } = applyPublishPolicy(articles, NOW);
    expect(heldBack.map((item) => item.slug)).toEqual(['a-future', 'b-draft', 'c-draft']);
  });

  it('returns the very article objects, extra fields included, and leaves the input alone', () => {
    const articles = [candidate('b', '2025-04-01T00:00:00Z'), candidate('a', '2025-04-02T00:00:00Z')];
    const before = [...articles];
    const { published } = applyPublishPolicy(articles, NOW);
    expect(published[0]).toBe(articles[1]);
    expect(published[0]?.title).toBe('a');
    expect(articles).toEqual(before);
  });
});

describe('compareNewestFirst', () => {
  const at = (slug: string, iso: string) => candidate(slug, iso);

  it.each([
    ['a newer article before an older one', at('x', '2025-04-02T00:00:00Z'), at('y', '2025-04-01T00:00:00Z'), -1],
    ['an older article after a newer one', at('x', '2025-04-01T00:00:00Z'), at('y', '2025-04-02T00:00:00Z'), 1],
    ['the same instant by slug, a first', at('a', '2025-04-01T00:00:00Z'), at('b', '2025-04-01T00:00:00Z'), -1],
    ['the same instant by slug, b last', at('b', '2025-04-01T00:00:00Z'), at('a', '2025-04-01T00:00:00Z'), 1],
    ['the same article as equal', at('a', '2025-04-01T00:00:00Z'), at('a', '2025-04-01T00:00:00Z'), 0],
  ])('sorts %s', (_label, a, b, sign) => {
    expect(Math.sign(compareNewestFirst(a, b))).toBe(sign);
  });
});

describe('resolveNow', () => {
  const wallClock = new Date('2025-04-15T08:00:00Z');

  it.each([
    ['unset', undefined],
    ['empty', ''],
    ['blank', '   '],
  ])('uses the wall clock when SOURCE_DATE_EPOCH is %s', (_label, value) => {
    expect(resolveNow(value, wallClock)).toBe(wallClock);
  });

  it.each([
    ['1744675200', '2025-04-15T00:00:00.000Z'],
    [' 1744675200\n', '2025-04-15T00:00:00.000Z'],
    ['0', '1970-01-01T00:00:00.000Z'],
  ])('reads SOURCE_DATE_EPOCH "%s" as seconds since 1970', (value, iso) => {
    expect(resolveNow(value, wallClock).toISOString()).toBe(iso);
  });

  it.each(['abc', '1.5', '-1', '1e9', '+1744675200', '1744675200s'])('throws for "%s", naming the value', (value) => {
    expect(() => resolveNow(value, wallClock)).toThrow(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${value}"`);
  });

  it('throws for whole seconds beyond the range of a Date rather than returning an Invalid Date', () => {
    expect(() => resolveNow('9999999999999', wallClock)).toThrow(/SOURCE_DATE_EPOCH/);
  });
});

describe('formatPublishReport', () => {
  it.each([
    [0, 'Published 0 articles.'],
    [1, 'Published 1 article.'],
    [12, 'Published 12 articles.'],
  ])('reports %i published with no held-back files in one line', (count, expected) => {
    expect(formatPublishReport(count, [])).toBe(expected);
  });

  it('lists each held-back file with its reason', () => {
    const report = formatPublishReport(3, [
      { slug: 'a', file: 'content/articles/2025/a.md', reason: 'draft: true' },
      { slug: 'b', file: 'content/articles/2026/b.md', reason: 'scheduled: dateline x is after y' },
    ]);
    expect(report).toBe(
      [
        'Published 3 articles.',
        'Held back 2:',
        '  content/articles/2025/a.md: draft: true',
        '  content/articles/2026/b.md: scheduled: dateline x is after y',
      ].join('\n'),
    );
  });
});
