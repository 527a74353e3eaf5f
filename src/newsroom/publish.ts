import { compareText } from '../build/order.ts';

/** What the publish policy needs to know of an article. */
export interface PublishCandidate {
  slug: string;
  file: string;
  draft: boolean;
  published: Date;
}

/** An article that exists in the content folder but is published nowhere, and why. */
export interface HeldBack {
  slug: string;
  file: string;
  reason: string;
}

/**
 * The publish policy, decided once: drafts and articles dated after `now` are published
 * nowhere. Returns the rest newest first (ties by slug, so order is stable) and the held-back
 * files with their reasons.
 */
export function applyPublishPolicy<T extends PublishCandidate>(
  articles: readonly T[],
  now: Date,
  formatDate: (date: Date) => string = (date) => date.toISOString(),
): { published: T[]; heldBack: HeldBack[] } {
  const published: T[] = [];
  const heldBack: HeldBack[] = [];
  for (const article of articles) {
    if (article.draft) {
      heldBack.push({ slug: article.slug, file: article.file, reason: 'draft: true' });
    } else if (article.published.getTime() > now.getTime()) {
      heldBack.push({
        slug: article.slug,
        file: article.file,
        reason: `scheduled: dateline ${formatDate(article.published)} is after now (${formatDate(now)})`,
      });
    } else {
      published.push(article);
    }
  }
  published.sort(compareNewestFirst);
  heldBack.sort((a, b) => compareText(a.file, b.file));
  return { published, heldBack };
}

/** Newest first; the same instant falls back to slug order so every list is deterministic. */
export function compareNewestFirst(a: PublishCandidate, b: PublishCandidate): number {
  const byDate = b.published.getTime() - a.published.getTime();
  if (byDate !== 0) return byDate;
  return compareText(a.slug, b.slug);
}

/** The build's "now": `SOURCE_DATE_EPOCH` (seconds) when set, for reproducible builds. */
export function resolveNow(sourceDateEpoch: string | undefined, wallClock: Date): Date {
  if (sourceDateEpoch === undefined || sourceDateEpoch.trim() === '') return wallClock;
  if (!/^\d+$/.test(sourceDateEpoch.trim())) {
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${sourceDateEpoch}"`);
  }
  const now = new Date(Number(sourceDateEpoch.trim()) * 1000);
  if (Number.isNaN(now.getTime())) throw new Error(`SOURCE_DATE_EPOCH is out of range: "${sourceDateEpoch}"`);
  return now;
}

/** The short report the build prints: how many were published, and each held-back file. */
export function formatPublishReport(publishedCount: number, heldBack: readonly HeldBack[]): string {
  const lines = [`Published ${publishedCount} article${publishedCount === 1 ? '' : 's'}.`];
  if (heldBack.length > 0) {
    lines.push(`Held back ${heldBack.length}:`);
    for (const item of heldBack) lines.push(`  ${item.file}: ${item.reason}`);
  }
  return lines.join('\n');
}
