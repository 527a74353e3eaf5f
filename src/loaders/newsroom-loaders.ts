import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readNewsroomSources, projectFileExists } from '../content-source/read-newsroom.ts';
import { ContentValidationError, type ContentIssue } from '../lib/content-issues.ts';
import { validateNewsroom, type SourceFile, type ValidSource } from '../lib/validate-content.ts';
import { site } from '../site.config.ts';

/**
 * Articles from `<CONTENT_DIR>/articles/**\/*.md`. Validates the whole newsroom first (with the
 * same checks as `npm run check`) and fails the sync listing every problem, because Astro on its
 * own only logs unknown references and lets a duplicate slug overwrite another article.
 */
export function articlesLoader(): Loader {
  return {
    name: 'newsroom-articles',
    load: async (context) => {
      const sync = async () => {
        const sources = await readNewsroomSources(site.contentDir);
        const result = validateNewsroom({ ...sources, fileExists: projectFileExists });
        if (result.issues.length > 0) throw contentError(result.issues);
        await storeEntries(context, result.articles, sources.articleFiles);
      };
      await sync();
      watchContent(context, sync);
    },
  };
}

/** Authors from `<CONTENT_DIR>/authors/<id>.md`; their problems are reported by the articles loader. */
export function authorsLoader(): Loader {
  return {
    name: 'newsroom-authors',
    load: async (context) => {
      const sync = async () => {
        const sources = await readNewsroomSources(site.contentDir);
        const result = validateNewsroom({ ...sources, articleFiles: [], fileExists: projectFileExists });
        await storeEntries(context, result.authors, sources.authorFiles);
      };
      await sync();
      watchContent(context, sync);
    },
  };
}

/**
 * In `astro dev`, re-syncs when a file under the content folder changes. A broken edit is
 * logged (with the same messages as the build) and the preview keeps the last good content.
 */
function watchContent(context: LoaderContext, sync: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const root = resolve(site.contentDir);
  watcher.add(root);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watcher.on('all', (_event, path) => {
    if (!resolve(path).startsWith(root + sep)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      sync().then(
        () => logger.info('Content reloaded'),
        (error: Error) => logger.error(error.message),
      );
    }, 50);
  });
}

/** Renders and stores entries whose file changed since the last build; drops vanished ones. */
async function storeEntries(
  context: LoaderContext,
  entries: readonly ValidSource<unknown>[],
  files: readonly SourceFile[],
): Promise<void> {
  const { store } = context;
  const textByPath = new Map(files.map((file) => [file.path, file.text]));
  const stale = new Set(store.keys());
  for (const entry of entries) {
    stale.delete(entry.id);
    const digest = context.generateDigest(textByPath.get(entry.file) ?? '');
    if (store.get(entry.id)?.digest === digest) continue;
    const absolutePath = resolve(entry.file);
    const data = await context.parseData({ id: entry.id, data: entry.rawData, filePath: absolutePath });
    const rendered = await context.renderMarkdown(entry.body, { fileURL: pathToFileURL(absolutePath) });
    store.set({ id: entry.id, data, filePath: entry.file, digest, rendered });
  }
  for (const id of stale) store.delete(id);
}

/** An error Astro prints as a user error: the list of problems, a hint, and no stack trace. */
function contentError(issues: readonly ContentIssue[]): AstroError {
  const { message } = new ContentValidationError(issues);
  return new AstroError(message, 'Fix the files listed above; `npm run dev` shows the site as you edit.');
}
