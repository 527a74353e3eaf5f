import type { RelatedResult, RelatedSignals } from './types.ts';

const SIGNALS: readonly (keyof RelatedSignals)[] = ['tags', 'text', 'neighbours', 'city', 'author', 'time'];
const FALLBACK_NOTES = { 'same-topic': 'fallback: shares a topic', latest: 'fallback: among the latest' } as const;

/**
 * Explains a related list in plain text lines for editors: a heading, then one line per result
 * with its rank, slug, score and what each signal added (three decimals), or which fallback
 * brought it in.
 *
 * ```
 * Related to "target": 2 articles
 *   1. other    1.234 = tags 0.300 + text 0.500 + neighbours 0.300 + city 0.050 + author 0.000 + time 0.084
 *   2. latest   fallback: among the latest
 * ```
 */
export function formatRelatedExplanation(target: { slug: string }, results: readonly RelatedResult[]): string[] {
  if (results.length === 0) return [`Related to "${target.slug}": none (no other eligible article)`];
  const rankWidth = String(results.length).length;
  const slugWidth = Math.max(...results.map((result) => result.slug.length));
  return [
    `Related to "${target.slug}": ${results.length} article${results.length === 1 ? '' : 's'}`,
    ...results.map((result, index) => {
      const rank = `${String(index + 1).padStart(rankWidth)}.`;
      const why =
        result.reason === 'scored'
          ? `${result.score.toFixed(3)} = ${SIGNALS.map((name) => `${name} ${result.signals[name].toFixed(3)}`).join(' + ')}`
          : FALLBACK_NOTES[result.reason];
      return `  ${rank} ${result.slug.padEnd(slugWidth)}  ${why}`;
    }),
  ];
}
