const counts = new Intl.NumberFormat('en-US');

/** "4,846": a count with thousands separators (one formatter for the whole build). */
export function formatCount(value: number): string {
  return counts.format(value);
}
