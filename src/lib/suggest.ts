import { closest, distance } from 'fastest-levenshtein';

/**
 * The known name closest to `typed`, when it is near enough to be a likely typo
 * (at most a third of its letters differ); otherwise undefined.
 */
export function suggestClosest(typed: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(typed, known as string[]);
  return distance(typed, best) <= Math.max(1, Math.floor(typed.length / 3)) ? best : undefined;
}
