import { aliasRedirects, type Redirect } from './redirects.ts';
import type { DatedSource } from '../newsroom/published-sources.ts';
import type { Routes } from '../config/urls.ts';

/** The redirects of the published articles' old slugs, for the build manifest. */
export function publishedRedirects(published: readonly DatedSource[], routes: Routes): Redirect[] {
  return aliasRedirects(
    published.map((article) => ({ slug: article.slug, aliases: article.source.data.aliases ?? [] })),
    routes,
  );
}
