import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';
import { routes } from '../site/routes.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      '',
      `Sitemap: ${absoluteUrl(site.url, routes.sitemapIndex())}`,
      `Sitemap: ${absoluteUrl(site.url, routes.newsSitemap())}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
