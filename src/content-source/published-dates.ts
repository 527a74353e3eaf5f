import { parseDateline } from '../lib/dates.ts';
import { splitPublishedSources } from '../lib/published-sources.ts';
import { createRoutes, absoluteUrl } from '../lib/urls.ts';
import { validateNewsroom } from '../lib/validate-content.ts';
import { site } from '../site.config.ts';
import { buildNow } from './build-now.ts';
import { projectFileExists, readNewsroomSources } from './read-newsroom.ts';

/**
 * Last-modified dates of the published article pages, by absolute URL, read from the content
 * with the same schema and publish policy as the pages: for the sitemap, which Astro's
 * integration writes after the pages, outside the page bundle.
 */
export async function readArticleLastModified(base: string): Promise<Map<string, Date>> {
  const now = buildNow();
  const routes = createRoutes(base);
  const { articles } = validateNewsroom({ ...(await readNewsroomSources(site.contentDir)), fileExists: projectFileExists });
  const { published } = splitPublishedSources(articles, now, site.timeZone);
  return new Map(
    published.map((article) => [
      absoluteUrl(site.url, routes.article(article.slug)),
      article.source.data.updated ? parseDateline(article.source.data.updated, site.timeZone).instant : article.published,
    ]),
  );
}
