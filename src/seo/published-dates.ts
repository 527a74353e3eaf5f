import { parseDateline } from '../newsroom/dates.ts';
import { lastChange, parseCorrections } from '../newsroom/corrections.ts';
import type { DatedSource } from '../newsroom/published-sources.ts';
import { absoluteUrl, type Routes } from '../config/urls.ts';

/**
 * The last change of each published article page (the latest of the dateline, `updated` and the
 * corrections) as an ISO instant, by absolute URL, for the build manifest: the sitemap is written
 * after the pages, outside the page bundle, and should not read the content a second time.
 */
export function lastModifiedOf(
  published: readonly DatedSource[],
  routes: Routes,
  site: { url: string; timeZone: string },
): Record<string, string> {
  const dates: Record<string, string> = {};
  for (const article of published) {
    const { updated, corrections } = article.source.data;
    const instant = lastChange(
      article.published,
      updated ? parseDateline(updated, site.timeZone) : undefined,
      parseCorrections(corrections, site.timeZone),
    );
    dates[absoluteUrl(site.url, routes.article(article.slug))] = instant.toISOString();
  }
  return dates;
}
