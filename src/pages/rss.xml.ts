import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { toRssItems } from '../lib/feed-items.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { getNewsroom } from '../queries/newsroom.ts';
import { routes } from '../site/routes.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getNewsroom();
  const latest = articles.slice(0, site.pageSizes.feed);
  return rss({
    title: site.name,
    description: site.tagline,
    site: absoluteUrl(site.url, routes.home()),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${site.lang}</language>`,
      `<atom:link href="${absoluteUrl(site.url, routes.rss())}" rel="self" type="application/rss+xml"/>`,
      // The newest item's date, not the wall clock, so unchanged content gives an unchanged feed.
      latest[0] ? `<lastBuildDate>${latest[0].published.toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    items: toRssItems(
      latest.map((article) => ({
        slug: article.slug,
        title: article.title,
        summary: article.summary,
        published: article.published,
        authorName: article.author.name,
        topicNames: article.topics.map((topic) => topic.name),
      })),
      routes,
      site.url,
    ),
  });
};
