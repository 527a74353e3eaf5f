/**
 * The one content check: reads the content folder and runs every check the build can refuse a
 * file for. `npm run check` and the articles loader both call `checkContentFolder`, so they
 * always agree, in the same words. The pure checks live beside it (check-newsroom.ts,
 * validate.ts, validate-data.ts); this module only binds them to the file system.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { imageSize } from 'image-size';
import { checkNewsroom, type NewsroomCheck } from './check-newsroom.ts';
import { rootRoutes } from '../config/routes.ts';
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
 * Reads the content folder and runs the whole newsroom check: what the build's loader and
 * `npm run check` both do, so they always agree.
 */
export async function checkContentFolder(now: Date): Promise<ContentCheckResult> {
  const { articleFiles, authorFiles, dataFiles } = await readNewsroomSources(site.contentDir);
  const check = checkNewsroom({
    articleFiles,
    authorFiles,
    dataFiles,
    fileExists: projectFileExists,
    imageWidth: readImageWidth,
    now,
    timeZone: site.timeZone,
    routes: rootRoutes,
    pageSizes: site.pageSizes,
    extraPaths: [...GENERATED_PATHS, ...listPublicFiles()].map(rootRoutes.asset),
  });
  return { check, articleFiles, authorFiles };
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
