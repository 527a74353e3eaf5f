import type { APIRoute } from 'astro';
import { feedChannel, rssResponse } from '../queries/feeds.ts';
import { getNewsroom } from '../queries/newsroom.ts';
import { routes } from '../site/routes.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getNewsroom();
  const channel = feedChannel({
    title: site.name,
    description: site.tagline,
    pagePath: routes.home(),
    rssPath: routes.rss(),
  });
  return rssResponse(channel, articles);
};
