import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from './validate.ts';
import type { DataFiles } from './validate-data.ts';

/** The files of a content folder (`articles/`, `authors/`, `data/`), read from disk. */
export interface NewsroomSources {
  articleFiles: SourceFile[];
  authorFiles: SourceFile[];
  dataFiles: DataFiles;
}

/**
 * Reads every `.md` under `<contentDir>/articles` (any depth) and `<contentDir>/authors`, and
 * the data files `<contentDir>/data/follow-us.json` and `trending.json` where they exist.
 * Paths are relative to the working directory (the project root), sorted, with `/`.
 * @throws Error naming the folder when `articles/` or `authors/` is missing.
 */
export async function readNewsroomSources(contentDir: string): Promise<NewsroomSources> {
  const [articleFiles, authorFiles, followUs, trending] = await Promise.all([
    readArticleSources(contentDir),
    readAuthorSources(contentDir),
    readOptionalFile(join(contentDir, 'data', 'follow-us.json')),
    readOptionalFile(join(contentDir, 'data', 'trending.json')),
  ]);
  return { articleFiles, authorFiles, dataFiles: { followUs, trending } };
}

async function readOptionalFile(path: string): Promise<SourceFile | undefined> {
  if (!existsSync(path)) return undefined;
  return { path: toProjectPath(path), text: await readFile(path, 'utf8') };
}

function readArticleSources(contentDir: string): Promise<SourceFile[]> {
  return readMarkdownTree(join(contentDir, 'articles'));
}

/** Only the author files, for the authors loader. */
export function readAuthorSources(contentDir: string): Promise<SourceFile[]> {
  return readMarkdownTree(join(contentDir, 'authors'));
}


/** A project-relative, forward-slash path for messages and the content store. */
export function toProjectPath(path: string): string {
  return relative(process.cwd(), resolve(path)).split(sep).join('/');
}

async function readMarkdownTree(dir: string): Promise<SourceFile[]> {
  if (!existsSync(dir)) {
    throw new Error(`Content folder ${toProjectPath(dir)}/ is missing (set CONTENT_DIR or create it).`);
  }
  const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.md')).sort();
  // One blocking read per file: for files of a few kilobytes it is many times cheaper than the
  // four thread-pool steps of an asynchronous read, which also wait behind whatever else the
  // build has queued there (docs/performance.md, "Publishing").
  return names.map((name) => {
    const absolute = join(dir, name);
    return { path: toProjectPath(absolute), text: readFileSync(absolute, 'utf8') };
  });
}
