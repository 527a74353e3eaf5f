import { describe, expect, it } from 'vitest';
import { formatRelatedExplanation } from '#src/related/explain.ts';
import type { RelatedResult } from '#src/related/types.ts';

const zero = { tags: 0, text: 0, neighbours: 0, city: 0, author: 0, time: 0 };

describe('formatRelatedExplanation', () => {
  it('lists each result with its score and what each signal added, or its fallback', () => {
    const results: RelatedResult[] = [
      {
        slug: 'sindh-floods',
        score: 0.7126,
        signals: { tags: 0.3, text: 0.2376, neighbours: 0.1, city: 0.05, author: 0, time: 0.025 },
        reason: 'scored',
      },
      { slug: 'relief', score: 0, signals: zero, reason: 'same-topic' },
      { slug: 'budget-2025', score: 0, signals: zero, reason: 'latest' },
    ];
    expect(formatRelatedExplanation({ slug: 'karachi-rain' }, results)).toEqual([
      'Related to "karachi-rain": 3 articles',
      '  1. sindh-floods  0.713 = tags 0.300 + text 0.238 + neighbours 0.100 + city 0.050 + author 0.000 + time 0.025',
      '  2. relief        fallback: shares a topic',
      '  3. budget-2025   fallback: among the latest',
    ]);
  });

  it.each([
    ['says so when there is no result', [], ['Related to "lonely": none (no other eligible article)']],
    [
      'uses the singular for one result',
      [{ slug: 'x', score: 1, signals: { ...zero, tags: 1 }, reason: 'scored' }],
      [
        'Related to "lonely": 1 article',
        '  1. x  1.000 = tags 1.000 + text 0.000 + neighbours 0.000 + city 0.000 + author 0.000 + time 0.000',
      ],
    ],
  ] as [string, RelatedResult[], string[]][])('%s', (_name, results, expected) => {
    expect(formatRelatedExplanation({ slug: 'lonely' }, results)).toEqual(expected);
  });

  it('pads ranks so that ten or more results line up', () => {
    const results = Array.from({ length: 10 }, (_, k): RelatedResult => ({
      slug: `s${k}`,
      score: 0,
      signals: zero,
      reason: 'latest',
    }));
    const lines = formatRelatedExplanation({ slug: 't' }, results);
    expect(lines[1]).toBe('   1. s0  fallback: among the latest');
    expect(lines[10]).toBe('  10. s9  fallback: among the latest');
  });
});
