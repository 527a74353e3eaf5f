/**
 * The one content check: reads the content folder and runs every check the build can refuse a
 * file for. `npm run check` and the articles loader both call `checkContentFolder`, so they
 * always agree, in the same words. The pure checks live beside it (check-newsroom.ts,
 * validate.ts, validate-data.ts); this module only binds them to the file system.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { imageSize } from 'image-size';
import { checkNewsroom, type NewsroomCheck } from './check-newsroom.ts';
import { rootRoutes } from '../config/routes.ts';
import { validateNewsroom, type ImageInfo, type NewsroomValidation, type SourceFile } from './validate.ts';
import { site } from '../config/site.ts';
import { readAuthorSources, readNewsroomSources, toProjectPath } from './read-files.ts';
import { openFileFacts, type FileFacts } from './file-facts.ts';
import { env } from '../config/env.ts';

/** Pages and files every build writes besides content pages. */
const GENERATED_PATHS = ['sitemap-index.xml', 'news-sitemap.xml', 'robots.txt', '404.html'];

export interface ContentCheckResult {
  check: NewsroomCheck;
  articleFiles: SourceFile[];
  authorFiles: SourceFile[];
  /**
   * What the check learnt of each file, kept in the build cache for the next check once the
   * caller has added its own and called `save()`.
   */
  facts: FileFacts;
}

/**
 * Reads the content folder and runs the whole newsroom check: what the build's loader and
 * `npm run check` both do, so they always agree. Facts of files unchanged since an earlier
 * check or build are taken from the build cache (`file-facts.ts`).
 */
export async function checkContentFolder(now: Date): Promise<ContentCheckResult> {
  const { articleFiles, authorFiles, dataFiles } = await readNewsroomSources(site.contentDir);
  const facts = await openFileFacts(env.cacheDir);
  const check = checkNewsroom({
    facts,
    articleFiles,
    authorFiles,
    dataFiles,
    contentDir: toProjectPath(site.contentDir),
    inspectImage: imageInspector(site.contentDir),
    now,
    timeZone: site.timeZone,
    routes: rootRoutes,
    pageSizes: site.pageSizes,
    extraPaths: [...GENERATED_PATHS, ...listPublicFiles()].map(rootRoutes.asset),
  });
  return { check, articleFiles, authorFiles, facts };
}

/**
 * The authors alone, checked as the whole check checks them, for the authors loader (which
 * stores the valid ones; the articles loader fails the build on any problem of theirs).
 */
export async function checkAuthorsFolder(): Promise<{ authors: NewsroomValidation['authors']; authorFiles: SourceFile[] }> {
  const authorFiles = await readAuthorSources(site.contentDir);
  const { authors } = validateNewsroom({
    articleFiles: [],
    authorFiles,
    contentDir: toProjectPath(site.contentDir),
    inspectImage: imageInspector(site.contentDir),
  });
  return { authors, authorFiles };
}

/**
 * Looks at image files for the check: follows links, and reads no file whose real path lies
 * outside the content folder; reads the header to name the format, as the build's image step
 * would fail on anything but a picture.
 */
function imageInspector(contentDir: string): (path: string) => ImageInfo {
  const root = realpathSync(resolve(contentDir));
  return (path) => {
    const absolute = resolve(path);
    if (!existsSync(absolute)) return { kind: 'missing' };
    const real = realpathSync(absolute);
    if (!real.startsWith(root + sep)) return { kind: 'outside' };
    try {
      const { type, width } = imageSize(readFileSync(real));
      return { kind: 'file', format: type, width };
    } catch {
      return { kind: 'file', format: undefined, width: undefined };
    }
  };
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
