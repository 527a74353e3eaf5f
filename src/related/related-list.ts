import { computeRelated, relatedArticleOf, type RelatedSettings } from './index.ts';
import type { DatedSource } from '../newsroom/published-sources.ts';
import { readBuildRecord, writeBuildRecord } from '../content/manifest.ts';

/** Related News of the current build: for each published article's slug, its related slugs in order. */
const RECORD = 'newsroom-related.json';

/** Pairs of an article's slug and its related slugs, in the order of the published articles. */
export type RelatedList = [slug: string, related: string[]][];

/**
 * Computes Related News for the published articles and saves it for the pages (called by the
 * articles loader on every sync). The loader holds every article's Markdown already; the pages
 * would have to read and parse all the files again (about a second at 10,000 articles).
 */
export async function saveRelatedList(published: readonly DatedSource[], settings: RelatedSettings): Promise<void> {
  const related = computeRelated(published.map(relatedArticleOf), settings);
  const list: RelatedList = [...related].map(([slug, results]) => [slug, results.map((result) => result.slug)]);
  await writeBuildRecord(RECORD, list);
}

/** The Related News the articles loader saved in this build. */
export function readRelatedList(): Promise<RelatedList> {
  return readBuildRecord<RelatedList>(RECORD);
}
