import { closest, distance } from 'fastest-levenshtein';

/**
 * The known name closest to `typed`, when it is near enough to be a likely typo: within
 * `maxEdits` edits, by default a third of its letters (at least one); otherwise undefined.
 */
export function suggestClosest(
  typed: string,
  known: readonly string[],
  maxEdits = Math.max(1, Math.floor(typed.length / 3)),
): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(typed, known as string[]);
  return distance(typed, best) <= maxEdits ? best : undefined;
}
