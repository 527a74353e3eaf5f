import { parseDateline } from '../lib/dates.ts';
import { applyPublishPolicy, resolveNow } from '../lib/publish.ts';
import { createRoutes, absoluteUrl } from '../lib/urls.ts';
import { validateNewsroom } from '../lib/validate-content.ts';
import { site } from '../site.config.ts';
import { projectFileExists, readNewsroomSources } from './read-newsroom.ts';

/**
 * Last-modified dates of the published article pages, by absolute URL, read from the content
 * with the same schema and publish policy as the pages: for the sitemap, which Astro's
 * integration writes after the pages, outside the page bundle.
 */
export async function readArticleLastModified(base: string): Promise<Map<string, Date>> {
  const now = resolveNow(process.env['SOURCE_DATE_EPOCH'], new Date());
  const routes = createRoutes(base);
  const { articles } = validateNewsroom({ ...(await readNewsroomSources(site.contentDir)), fileExists: projectFileExists });
  const candidates = articles.map((article) => ({
    slug: article.id,
    file: article.file,
    draft: article.data.draft,
    published: parseDateline(article.data.dateline, site.timeZone).instant,
    updated: article.data.updated,
  }));
  const { published } = applyPublishPolicy(candidates, now);
  return new Map(
    published.map((article) => [
      absoluteUrl(site.url, routes.article(article.slug)),
      article.updated ? parseDateline(article.updated, site.timeZone).instant : article.published,
    ]),
  );
}
