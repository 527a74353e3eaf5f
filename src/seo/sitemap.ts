import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readBuildManifest } from '../content/manifest.ts';
import { absoluteUrl } from '../config/urls.ts';
import { isAdminPath } from '../admin/route.ts';
import { site } from '../config/site.ts';

/**
 * The sitemap (`@astrojs/sitemap`): every page but the 404 page, the browser editor (`/admin/`,
 * marked noindex) and the old URLs of renamed articles, which are redirects; article pages
 * carry their last change from the build manifest (list pages change with every new article,
 * so they carry none).
 */
export function sitemapIntegration(siteUrl: string): AstroIntegration {
  let facts: Promise<{ lastModified: Map<string, string>; renamed: Set<string> }> | undefined;
  return sitemap({
    filter: (page) => !page.endsWith('/404/') && !isAdminPath(page, site.base),
    serialize: async (item) => {
      facts ??= readBuildManifest().then((manifest) => ({
        lastModified: new Map(Object.entries(manifest.lastModified)),
        renamed: new Set(manifest.redirects.map((redirect) => absoluteUrl(siteUrl, redirect.from))),
      }));
      const { lastModified, renamed } = await facts;
      if (renamed.has(item.url)) return undefined;
      const date = lastModified.get(item.url);
      return date ? { ...item, lastmod: date } : item;
    },
  });
}
