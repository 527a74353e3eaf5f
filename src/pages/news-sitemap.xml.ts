import type { APIRoute } from 'astro';
import { toIsoWithOffset } from '../newsroom/dates.ts';
import { toNewsSitemap } from '../seo/news-sitemap.ts';
import { absoluteUrl } from '../config/urls.ts';
import { getNewsroom } from '../newsroom/newsroom.ts';
import { routes } from '../config/routes.ts';
import { site } from '../config/site.ts';

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
