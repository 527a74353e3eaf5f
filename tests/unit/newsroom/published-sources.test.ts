import { describe, expect, it } from 'vitest';
import { splitPublishedSources } from '#src/newsroom/published-sources.ts';
import { validArticleSource as source } from '../../support/valid-article.ts';

describe('splitPublishedSources', () => {
  const now = new Date('2025-04-15T12:00:00Z');
  const result = splitPublishedSources(
    [
      source('older', { dateline: '2025-04-01' }),
      source('newer', { dateline: '2025-04-15' }),
      source('draft', { dateline: '2025-04-02', draft: true }),
      source('tomorrow', { dateline: '2025-04-16' }),
    ],
    now,
    'Asia/Karachi',
  );

  it('keeps published articles newest first, with their instants in the site zone', () => {
    expect(result.published.map((article) => [article.slug, article.published.toISOString()])).toEqual([
      ['newer', '2025-04-14T19:00:00.000Z'],
      ['older', '2025-03-31T19:00:00.000Z'],
    ]);
  });

  it('holds back drafts and scheduled articles, with dates written in the site zone', () => {
    expect(result.heldBack).toEqual([
      { slug: 'draft', file: 'content/articles/draft.md', reason: 'draft: true' },
      {
        slug: 'tomorrow',
        file: 'content/articles/tomorrow.md',
        reason: 'scheduled: dateline 2025-04-16T00:00:00+05:00 is after now (2025-04-15T17:00:00+05:00)',
      },
    ]);
  });

  it('lists every article in its input order', () => {
    expect(result.all.map((article) => article.slug)).toEqual(['older', 'newer', 'draft', 'tomorrow']);
  });
});
