import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildNow } from '../config/now.ts';
import { checkAuthorsFolder, checkContentFolder } from './check.ts';
import { listCachedHtml, pruneCachedHtml, writeCachedHtml } from './html-cache.ts';
import { createBuildManifest, writeBuildManifest } from './manifest.ts';
import { firstParagraphText } from './markdown/article-html.ts';
import { collectBodyPictures } from './markdown/body-pictures.ts';
import { uncheckedBodyPictures } from './check-body-pictures.ts';
import { countHtmlWords, readingMinutes } from './markdown/reading-time.ts';
import { formatCheckReport } from './check-newsroom.ts';
import { ContentValidationError, type ContentIssue } from './issues.ts';
import { expandArticleReferences, findArticleReferences } from './markdown/article-references.ts';
import type { SourceFile, ValidSource } from './validate.ts';
import { removeForbiddenCharacters } from './characters.ts';
import { env } from '../config/env.ts';
import { site } from '../config/site.ts';
import { rootRoutes, routes } from '../config/routes.ts';

/**
 * Articles from `<CONTENT_DIR>/articles/**\/*.md`. Checks the whole newsroom first (with the same
 * checks as `npm run check`) and fails the sync listing every problem, because Astro on its own
 * only logs unknown references and lets a duplicate slug overwrite another article. Prints the
 * build report: what is published, what is held back and why, and warnings.
 */
export function articlesLoader(): Loader {
  return {
    name: 'newsroom-articles',
    load: async (context) => {
      const sync = async () => {
        const { check, articleFiles, facts } = await checkContentFolder(buildNow());
        context.logger.info(`\n${formatCheckReport({ ...check, errors: [] })}`);
        if (check.errors.length > 0) throw contentError(check.errors);
        await writeBuildManifest(createBuildManifest(check, { routes, site, facts }));
        const titles = new Map(check.validation.articles.map((article) => [article.id, article.data.title]));
        await storeEntries(context, check.validation.articles, articleFiles, ARTICLE_HTML_IN_CACHE, (body, file) => {
          const referenced = facts.of(file, 'references', () => findArticleReferences(body()));
          if (referenced.length === 0) return { markdown: body, dependencies: '' };
          return {
            markdown: () =>
              expandArticleReferences(body(), (slug) => {
                const title = titles.get(slug);
                return title === undefined ? undefined : { title, href: rootRoutes.article(slug) };
              }),
            // The rendered body shows the headlines it references: re-render when one changes.
            dependencies: referenced.map((slug) => `${slug}:${titles.get(slug) ?? ''}`).join('\n'),
          };
        });
        await facts.save();
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
        const { authors, authorFiles } = await checkAuthorsFolder();
        await storeEntries(context, authors, authorFiles, AUTHOR_HTML_IN_STORE, (body) => ({ markdown: body, dependencies: '' }));
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

/**
 * What besides the file an entry's rendering depends on, and the Markdown to render, made only
 * when the entry is rendered again; `body` gives the body without forbidden characters.
 */
type PrepareBody = (body: () => string, file: string) => { markdown: () => string; dependencies: string };

/** Renders and stores entries whose file (or dependencies) changed since the last build; drops vanished ones. */
// Part of every digest: change it when what the loaders store changes, so entries cached by
// an older build are stored anew (Astro keeps an entry whose digest is unchanged). The base
// path and processor are in it too, as the rendered HTML depends on them.
const STORE_FORMAT = `newsroom-store-6|${site.base}|${env.markdownProcessor ?? ''}`;

/** Where rendered HTML goes: articles' to the HTML cache, authors' (shown on every page) to the store. */
interface HtmlPlacement {
  inCache: boolean;
}
const ARTICLE_HTML_IN_CACHE: HtmlPlacement = { inCache: true };
const AUTHOR_HTML_IN_STORE: HtmlPlacement = { inCache: false };

async function storeEntries(
  context: LoaderContext,
  entries: readonly ValidSource<unknown>[],
  files: readonly SourceFile[],
  placement: HtmlPlacement,
  prepare: PrepareBody,
): Promise<void> {
  const { store } = context;
  const textByPath = new Map(files.map((file) => [file.path, file.text]));
  const stale = new Set(store.keys());
  const digests = new Set<string>();
  const bodies: { digest: string; html: string }[] = [];
  const cachedHtml = placement.inCache ? listCachedHtml() : new Set<string>();
  for (const entry of entries) {
    stale.delete(entry.id);
    // The check warned of these characters; no page or feed may carry them.
    let clean: string | undefined;
    const body = () => (clean ??= removeForbiddenCharacters(entry.body));
    const { markdown, dependencies } = prepare(body, entry.file);
    const digest = context.generateDigest(`${STORE_FORMAT}\n${textByPath.get(entry.file) ?? ''}\n${dependencies}`);
    digests.add(digest);
    const kept = store.get(entry.id);
    if (kept?.digest === digest && (!placement.inCache || cachedHtml.has(digest))) {
      keepImageImports(store, kept);
      continue;
    }
    const absolutePath = resolve(entry.file);
    const rendered = await context.renderMarkdown(markdown(), { fileURL: pathToFileURL(absolutePath) });
    const checked = entry.data as Record<string, unknown>;
    let html = rendered.html;
    let articleFields: Record<string, unknown> = {};
    if (placement.inCache) {
      // Pictures beside the Markdown go into the data, where Astro's image() resolves them as
      // it does the lead image; the cached HTML keeps a token where each one goes.
      const { html: withTokens, pictures } = collectBodyPictures(html);
      const unchecked = uncheckedBodyPictures(entry.file, entry.body, pictures);
      if (unchecked.length > 0) throw contentError(unchecked);
      html = withTokens;
      // A missing summary falls back to the first paragraph, kept with the data so lists and
      // feeds need not read the body; the reading time is counted once per rendered body.
      const fallbackSummary = checked['summary'] === undefined ? firstParagraphText(html) : '';
      articleFields = {
        ...(fallbackSummary !== '' ? { summary: fallbackSummary } : {}),
        readingMinutes: readingMinutes(countHtmlWords(html)),
        ...(pictures.length > 0 ? { bodyPictures: pictures } : {}),
      };
    }
    // The content check parsed the frontmatter already; Astro's schema only resolves images.
    const data = await context.parseData({ id: entry.id, data: { ...checked, ...articleFields }, filePath: absolutePath });
    // No Markdown body in the store (Astro bundles the whole store into the build; Related
    // News is computed in the loader, from the files it has read), and article HTML in the
    // cache beside it.
    if (placement.inCache) {
      bodies.push({ digest, html });
      store.set({ id: entry.id, data, filePath: entry.file, digest });
    } else {
      store.set({ id: entry.id, data, filePath: entry.file, digest, rendered });
    }
  }
  for (const id of stale) store.delete(id);
  if (placement.inCache) {
    await writeCachedHtml(bodies);
    await pruneCachedHtml(digests);
  }
}

/**
 * Re-registers the images of an entry kept from the last build. Astro writes its map of image
 * imports (`.astro/content-assets.mjs`, one per project, also written by builds of other content
 * folders such as the tests') only when an entry is set: a build keeping every entry would
 * otherwise run on whichever map the last build left, and fail to resolve its images.
 */
function keepImageImports(store: LoaderContext['store'], entry: NonNullable<ReturnType<LoaderContext['store']['get']>>): void {
  if (!entry.assetImports?.length) return;
  // On Astro's store, though missing from its public type.
  const withImports = store as typeof store & { addAssetImports?: (assets: string[], filePath?: string) => void };
  withImports.addAssetImports?.(entry.assetImports, entry.filePath);
}

/**
 * An error Astro prints as a user error: the list of problems and a hint. Writers need the
 * files and lines, not the loader's frames: without a stack Astro prints neither a stack trace
 * nor a location. Real crashes of the project's code keep theirs.
 */
function contentError(issues: readonly ContentIssue[]): AstroError {
  const { message } = new ContentValidationError(issues);
  const error = new AstroError(message, 'Fix the files listed above (`npm run check` lists the same); `npm run dev` shows the site as you edit.');
  error.stack = '';
  return error;
}
