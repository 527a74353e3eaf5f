import type { APIRoute } from 'astro';
import { toIsoWithOffset } from '../lib/dates.ts';
import { toNewsSitemap } from '../lib/news-sitemap.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { getNewsroom } from '../queries/newsroom.ts';
import { routes } from '../site/routes.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const { articles, now } = await getNewsroom();
  const entries = articles.map((article) => ({
    url: absoluteUrl(site.url, routes.article(article.slug)),
    title: article.title,
    lang: article.lang,
    published: toIsoWithOffset(article.published, site.timeZone),
    publishedAt: article.published,
  }));
  return new Response(toNewsSitemap(entries, site.name, now), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
