import { aliasRedirects, type Redirect } from './redirects.ts';
import type { DatedSource } from '../newsroom/published-sources.ts';
import type { Routes } from '../config/urls.ts';
import { readBuildRecord, writeBuildRecord } from '../content/manifest.ts';

/** The redirects of the renamed published articles of the current build. */
const RECORD = 'newsroom-redirects.json';

/** Saves the redirects of the published articles' old slugs (called by the articles loader on every sync). */
export async function savePublishedRedirects(published: readonly DatedSource[], routes: Routes): Promise<void> {
  const redirects = aliasRedirects(
    published.map((article) => ({ slug: article.slug, aliases: article.source.data.aliases ?? [] })),
    routes,
  );
  await writeBuildRecord(RECORD, redirects);
}

/** The redirects the articles loader saved in this build, for the host files and the sitemap. */
export function readPublishedRedirects(): Promise<Redirect[]> {
  return readBuildRecord<Redirect[]>(RECORD);
}
