import { parseDateline } from '../newsroom/dates.ts';
import type { DatedSource } from '../newsroom/published-sources.ts';
import { absoluteUrl, type Routes } from '../config/urls.ts';
import { readBuildRecord, writeBuildRecord } from '../content/manifest.ts';

/** When each published article page last changed, by absolute URL, as ISO instants. */
const RECORD = 'newsroom-article-dates.json';

/**
 * Saves the last change of each published article page (`updated`, else the dateline), by
 * absolute URL (called by the articles loader on every sync): for the sitemap, which Astro's
 * integration writes after the pages, outside the page bundle. Reading the content again there
 * took more than a second at 10,000 articles.
 */
export async function savePublishedDates(
  published: readonly DatedSource[],
  routes: Routes,
  site: { url: string; timeZone: string },
): Promise<void> {
  const dates: Record<string, string> = {};
  for (const article of published) {
    const { updated } = article.source.data;
    const instant = updated ? parseDateline(updated, site.timeZone).instant : article.published;
    dates[absoluteUrl(site.url, routes.article(article.slug))] = instant.toISOString();
  }
  await writeBuildRecord(RECORD, dates);
}

/** The last change of each published article page the articles loader saved in this build, by absolute URL. */
export async function readArticleLastModified(): Promise<Map<string, Date>> {
  const dates = await readBuildRecord<Record<string, string>>(RECORD);
  return new Map(Object.entries(dates).map(([url, iso]) => [url, new Date(iso)]));
}
