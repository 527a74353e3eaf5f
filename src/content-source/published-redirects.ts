import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { aliasRedirects, type Redirect } from '../lib/delivery/redirects.ts';
import type { DatedSource } from '../lib/published-sources.ts';
import type { Routes } from '../lib/urls.ts';
import { CACHE_DIR } from './html-cache.ts';

/**
 * The redirects of the renamed published articles of the current build, beside Astro's cache:
 * the articles loader, which has checked every file, saves them, and what runs after the pages
 * (the host files, the sitemap) reads them, so no one reads the content a second time.
 */
const REDIRECTS_PATH = join(CACHE_DIR, 'newsroom-redirects.json');

/** Saves the redirects of the published articles' old slugs (called by the articles loader on every sync). */
export async function savePublishedRedirects(published: readonly DatedSource[], routes: Routes): Promise<void> {
  const redirects = aliasRedirects(
    published.map((article) => ({ slug: article.slug, aliases: article.source.data.aliases ?? [] })),
    routes,
  );
  await mkdir(dirname(REDIRECTS_PATH), { recursive: true });
  await writeFile(REDIRECTS_PATH, `${JSON.stringify(redirects, null, 1)}\n`);
}

/**
 * The redirects the articles loader saved in this build.
 * @throws Error when there are none: the content was not synced.
 */
export async function readPublishedRedirects(): Promise<Redirect[]> {
  try {
    return JSON.parse(await readFile(REDIRECTS_PATH, 'utf8')) as Redirect[];
  } catch (error) {
    throw new Error(`No redirects saved by the articles loader at ${REDIRECTS_PATH}`, { cause: error });
  }
}
