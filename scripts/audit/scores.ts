/** The four Lighthouse categories the audit reports, in the order of Lighthouse's report. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export type Category = (typeof CATEGORIES)[number];

/** A category's score out of 100. */
export type Scores = Record<Category, number>;

/** The scores of one audited page. */
export interface PageScores {
  path: string;
  scores: Scores;
}

/** The part of a Lighthouse result the audit reads: each category's score from 0 to 1. */
export interface LighthouseCategories {
  categories: Partial<Record<string, { score: number | null }>>;
}

/**
 * Scores out of 100 from a Lighthouse result. A category that is missing or has no score
 * (Lighthouse could not measure it) counts as 0, so it can never pass unnoticed.
 */
export function toScores(result: LighthouseCategories): Scores {
  return Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((result.categories[category]?.score ?? 0) * 100)]),
  ) as Scores;
}

/** Each category's median over several runs of one page (runs vary, mostly in performance). */
export function medianScores(runs: readonly Scores[]): Scores {
  if (runs.length === 0) throw new Error('no Lighthouse run to take the median of');
  return Object.fromEntries(
    CATEGORIES.map((category) => {
      const sorted = runs.map((run) => run[category]).sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      return [category, sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2)];
    }),
  ) as Scores;
}

/** A plain-text table: one row a page, one column a category. */
export function formatScoreTable(pages: readonly PageScores[]): string {
  const header = ['page', ...CATEGORIES];
  const rows = pages.map((page) => [page.path, ...CATEGORIES.map((category) => String(page.scores[category]))]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** "/news/x/ performance 91": every score under the floor. */
export function findLowScores(pages: readonly PageScores[], floor: number): string[] {
  return pages.flatMap((page) =>
    CATEGORIES.filter((category) => page.scores[category] < floor).map((category) => `${page.path} ${category} ${page.scores[category]}`),
  );
}
