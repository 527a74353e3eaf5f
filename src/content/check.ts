import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { imageSize } from 'image-size';
import { checkNewsroom, type NewsroomCheck } from './check-newsroom.ts';
import { createRoutes, type Routes } from '../config/urls.ts';
import type { SourceFile } from './validate.ts';
import { site } from '../config/site.ts';
import { projectFileExists, readNewsroomSources } from './read-files.ts';

/** Pages and files every build writes besides content pages. */
const GENERATED_PATHS = ['sitemap-index.xml', 'news-sitemap.xml', 'robots.txt', '404.html'];

export interface ContentCheckResult {
  check: NewsroomCheck;
  articleFiles: SourceFile[];
  authorFiles: SourceFile[];
}

/**
 * Routes as writers write them in Markdown: from the site root, whatever base path the site is
 * served under (the renderer adds the base).
 */
export const writerRoutes: Routes = createRoutes('/');

/**
 * Reads the content folder and runs the whole newsroom check: what the build's loader and
 * `npm run check` both do, so they always agree.
 */
export async function checkContentFolder(now: Date): Promise<ContentCheckResult> {
  const routes = writerRoutes;
  const sources = await readNewsroomSources(site.contentDir);
  const check = checkNewsroom({
    ...sources,
    fileExists: projectFileExists,
    imageWidth: readImageWidth,
    now,
    timeZone: site.timeZone,
    routes,
    pageSizes: site.pageSizes,
    extraPaths: [...GENERATED_PATHS, ...listPublicFiles()].map(routes.asset),
  });
  return { check, ...sources };
}

function readImageWidth(path: string): number | undefined {
  try {
    return imageSize(readFileSync(path)).width;
  } catch {
    return undefined;
  }
}

function listPublicFiles(): string[] {
  try {
    return readdirSync('public', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative('public', join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}
