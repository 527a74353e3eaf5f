/**
 * Corrections of published facts: each a day and a text, shown at the end of the article, in
 * its byline ("Corrected Apr 17, 2025") and counted as a change of the page in feeds, sitemaps
 * and structured data. Pure: the time zone comes in.
 */
import { parseDateline, type Dateline } from './dates.ts';

/** A correction as pages show it. */
export interface Correction {
  date: Dateline;
  text: string;
}

/** The frontmatter's corrections, read in the site's zone, in the order the writer gave them. */
export function parseCorrections(list: readonly { date: string; text: string }[] | undefined, timeZone: string): Correction[] {
  return (list ?? []).map(({ date, text }) => ({ date: parseDateline(date, timeZone), text }));
}

/** The newest correction (by date, the later-listed on a tie), or undefined without any. */
export function latestCorrection(corrections: readonly Correction[]): Correction | undefined {
  let latest: Correction | undefined;
  for (const correction of corrections) {
    if (!latest || correction.date.instant.getTime() >= latest.date.instant.getTime()) latest = correction;
  }
  return latest;
}

/**
 * The last change of an article page: the latest of its publication, its `updated` date and its
 * corrections. A correction is an update readers and crawlers should see, even without `updated`.
 */
export function lastChange(published: Date, updated: Dateline | undefined, corrections: readonly Correction[]): Date {
  let last = published;
  for (const candidate of [updated?.instant, latestCorrection(corrections)?.date.instant]) {
    if (candidate && candidate.getTime() > last.getTime()) last = candidate;
  }
  return last;
}
