import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuildManifest } from '../content/manifest.ts';
import { HEADERS_FILE, NGINX_ROUTES_FILE, REDIRECTS_FILE } from './files.ts';
import { headerRules, renderHeadersFile, type OutputEntry } from './headers-file.ts';
import { renderNginxRoutes } from './nginx.ts';
import { renderRedirectsFile } from './redirects.ts';
import { routes } from '../config/routes.ts';

/** Cloudflare Pages' documented limits; past them it ignores the rest of the file. */
const CLOUDFLARE_LIMITS = { headerRules: 100, redirects: 2000 };

/**
 * Writes the host files into the output once the pages are built: `_headers` and `_redirects`
 * (Netlify, Cloudflare Pages) and `nginx-routes.conf` (beside deploy/nginx.conf), all rendered
 * from src/delivery/ for the build's base path. Renamed articles come from the build manifest.
 */
export function deliveryFiles(): AstroIntegration {
  return {
    name: 'newsroom-delivery',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const { redirects } = await readBuildManifest();
        const rules = headerRules(routes, await listOutput(outDir, pages));
        await Promise.all([
          writeFile(join(outDir, HEADERS_FILE), renderHeadersFile(rules)),
          writeFile(join(outDir, REDIRECTS_FILE), renderRedirectsFile(redirects)),
          writeFile(join(outDir, NGINX_ROUTES_FILE), renderNginxRoutes(routes, redirects)),
        ]);
        logger.info(
          `${rules.length} header rules, ${redirects.length} ${redirects.length === 1 ? 'redirect' : 'redirects'} of renamed articles.`,
        );
        if (rules.length > CLOUDFLARE_LIMITS.headerRules || redirects.length > CLOUDFLARE_LIMITS.redirects) {
          logger.warn(
            `Cloudflare Pages reads at most ${CLOUDFLARE_LIMITS.headerRules} header rules and ${CLOUDFLARE_LIMITS.redirects} redirects.`,
          );
        }
      },
    },
  };
}

/** The top-level files and folders of the output, each folder marked when it holds pages. */
async function listOutput(outDir: string, pages: readonly { pathname: string }[]): Promise<OutputEntry[]> {
  const pageDirs = new Set(pages.map((page) => page.pathname.replace(/^\/+/, '').split('/')[0]));
  const entries = await readdir(outDir, { withFileTypes: true });
  return entries.map((entry) => ({
    name: entry.name,
    isDirectory: entry.isDirectory(),
    holdsPages: entry.isDirectory() && pageDirs.has(entry.name),
  }));
}
