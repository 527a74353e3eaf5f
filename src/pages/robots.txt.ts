import type { APIRoute } from 'astro';
import { absoluteUrl } from '../config/urls.ts';
import { routes } from '../config/routes.ts';
import { site } from '../config/site.ts';
import { ADMIN_DIR } from '../admin/route.ts';

export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      // The editor is for the newsroom, not readers; its page is noindex too.
      `Disallow: ${routes.home()}${ADMIN_DIR}/`,
      '',
      `Sitemap: ${absoluteUrl(site.url, routes.sitemapIndex())}`,
      `Sitemap: ${absoluteUrl(site.url, routes.newsSitemap())}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
