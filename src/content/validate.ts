import { posix } from 'node:path';
import type { z } from 'astro/zod';
import { articleFrontmatterSchema, type ArticleFrontmatter } from './schemas/article.ts';
import { authorFrontmatterSchema, type AuthorFrontmatter } from './schemas/author.ts';
import { ID_PATTERN } from './schemas/fields.ts';
import { findAliasConflicts, type AliasSource } from './aliases.ts';
import type { ContentIssue } from './issues.ts';
import { FrontmatterSyntaxError, parseSource, type ParsedSource } from './frontmatter.ts';
import { suggestClosest } from './suggest.ts';
import { UNKEPT_FACTS, type FileFacts } from './file-facts.ts';

/** A content file as read from disk; `path` is relative to the project root. */
export interface SourceFile {
  path: string;
  text: string;
}

/** A file whose frontmatter passed its schema. */
export interface ValidSource<TData> {
  /** File name without `.md`: the article slug or author id. */
  id: string;
  file: string;
  data: TData;
  body: string;
  /** 1-based line of each top-level frontmatter field, for messages. */
  fieldLines: Map<string, number>;
  /** 1-based file line of the body's first line. */
  bodyStartLine: number;
}

export interface NewsroomValidation {
  articles: ValidSource<ArticleFrontmatter>[];
  authors: ValidSource<AuthorFrontmatter>[];
  issues: ContentIssue[];
  /** What was learnt of each lead image and portrait, by project-relative path: each is read once. */
  images: Map<string, ImageInfo>;
}

/**
 * What the binding could learn of an image file: whether it exists inside the content folder
 * (following links) and, if it does, the format and width its header gives.
 */
export type ImageInfo =
  | { kind: 'missing' }
  /** The file is a link that leads out of the content folder. */
  | { kind: 'outside' }
  /** `format` is image-size's name (`jpg`, `png`, `webp`, `avif`, `gif`, …), undefined when unknown. */
  | { kind: 'file'; format: string | undefined; width: number | undefined };

/** The picture formats the build encodes (Astro's sharp service reads these). */
const IMAGE_FORMATS = new Set(['jpg', 'png', 'webp', 'avif', 'gif']);

/** A file whose YAML parsed, whether or not its schema passed. */
interface ParsedFile extends ParsedSource {
  file: string;
}

/**
 * Checks every article and author file and the links between them: YAML, schema, slug and id
 * shape, duplicate slugs, unknown authors and missing images. Collects every problem rather
 * than stopping at the first, so a writer fixes a commit in one pass; cross-file checks also
 * run on files whose schema failed, as far as their fields can be read.
 */
export function validateNewsroom(input: {
  articleFiles: readonly SourceFile[];
  authorFiles: readonly SourceFile[];
  /** The content folder, project-relative as the files' paths: no image may lie outside it. */
  contentDir: string;
  /** Looks at an image file; called only for paths inside the content folder. */
  inspectImage: (path: string) => ImageInfo;
  /** What is known of each file from earlier builds (`file-facts.ts`); nothing by default. */
  facts?: FileFacts | undefined;
}): NewsroomValidation {
  const issues: ContentIssue[] = [];
  const images = new Map<string, ImageInfo>();
  const facts = input.facts ?? UNKEPT_FACTS;
  const inspect = { contentDir: input.contentDir, inspectImage: (path: string) => inspectOnce(images, path, input.inspectImage) };
  const authorFiles = parseFiles(input.authorFiles, issues, facts);
  const articleFiles = parseFiles(input.articleFiles, issues, facts);
  const authors = validateSchema(authorFiles, authorFrontmatterSchema, 'author-schema', issues, facts);
  const articles = validateSchema(articleFiles, articleFrontmatterSchema, 'article-schema', issues, facts);
  reportDuplicateIds(input.articleFiles, 'slug', issues);
  reportDuplicateIds(input.authorFiles, 'id', issues);
  const articleBySlug = new Map(input.articleFiles.map((file) => [idFromPath(file.path), file.path]));
  issues.push(...findAliasConflicts(articles.map(toAliasSource), articleBySlug));

  const authorIds = authorFiles.map((file) => idFromPath(file.file));
  const knownAuthors = new Set(authorIds);
  for (const article of articleFiles) {
    // One id or a list of co-authors: each must have a file, whether or not the schema passed.
    const named = article.data['author'];
    const ids = typeof named === 'string' ? [named] : Array.isArray(named) ? named : [];
    for (const author of ids) {
      if (typeof author !== 'string' || !ID_PATTERN.test(author) || knownAuthors.has(author)) continue;
      const hint = suggestClosest(author, authorIds);
      issues.push({
        file: article.file,
        line: article.fieldLines.get('author'),
        field: 'author',
        message:
          `unknown author "${author}"` + (hint ? ` (did you mean "${hint}"?)` : ` (no file authors/${author}.md)`),
      });
    }
    checkImage(article, 'image', inspect, issues);
  }
  for (const author of authorFiles) checkImage(author, 'avatar', inspect, issues);
  return { articles, authors, issues, images };
}

/** What `inspectImage` says of a path, asked once per check and kept in `images`. */
export function inspectOnce(images: Map<string, ImageInfo>, path: string, inspectImage: (path: string) => ImageInfo): ImageInfo {
  let info = images.get(path);
  if (info === undefined) {
    info = inspectImage(path);
    images.set(path, info);
  }
  return info;
}

function toAliasSource(article: ValidSource<ArticleFrontmatter>): AliasSource {
  return { file: article.file, slug: article.id, aliases: article.data.aliases ?? [], line: article.fieldLines.get('aliases') };
}

/** The id a content file gets: its file name without `.md`, whatever folder it is filed in. */
export function idFromPath(path: string): string {
  return posix.basename(path).replace(/\.md$/i, '');
}

function parseFiles(files: readonly SourceFile[], issues: ContentIssue[], facts: FileFacts): ParsedFile[] {
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const id = idFromPath(file.path);
    if (!ID_PATTERN.test(id)) {
      issues.push({
        file: file.path,
        field: 'slug',
        message: `file name "${id}" must be lowercase letters, digits and hyphens (it becomes the URL)`,
      });
    }
    facts.open(file.path, file.text);
    const frontmatter = facts.of(file.path, 'frontmatter', () => parseKept(file.text));
    if ('error' in frontmatter) {
      issues.push({ file: file.path, line: frontmatter.error.line, field: 'yaml', message: frontmatter.error.message });
      continue;
    }
    const { data, fieldLines, bodyStartLine, body } = frontmatter;
    parsed.push({ file: file.path, data, fieldLines, bodyStartLine, body: typeof body === 'number' ? file.text.slice(body) : body });
  }
  return parsed;
}

/**
 * A file's frontmatter as the file facts keep it: the body as the offset where it starts in the
 * text when it is the text's end (as it is but for a byte-order mark), so the kept facts do not
 * hold every article's text a second time; a YAML error as its message and line.
 */
type KeptFrontmatter =
  | (Omit<ParsedSource, 'body'> & { body: number | string })
  | { error: { message: string; line: number | undefined } };

function parseKept(text: string): KeptFrontmatter {
  try {
    const { body, ...rest } = parseSource(text);
    return { ...rest, body: text.endsWith(body) ? text.length - body.length : body };
  } catch (error) {
    const line = error instanceof FrontmatterSyntaxError ? error.line : undefined;
    return { error: { message: (error as Error).message, line } };
  }
}

function validateSchema<TSchema extends z.ZodObject>(
  files: readonly ParsedFile[],
  schema: TSchema,
  kind: string,
  issues: ContentIssue[],
  facts: FileFacts,
): ValidSource<z.output<TSchema>>[] {
  const knownFields = Object.keys(schema.shape);
  const valid: ValidSource<z.output<TSchema>>[] = [];
  for (const file of files) {
    const verdict = facts.of(file.file, kind, (): { data: z.output<TSchema> } | { issues: ContentIssue[] } => {
      const result = schema.safeParse(file.data);
      return result.success ? { data: result.data } : { issues: result.error.issues.flatMap((issue) => describeSchemaIssue(file, issue, knownFields)) };
    });
    if ('issues' in verdict) {
      issues.push(...verdict.issues);
      continue;
    }
    valid.push({
      id: idFromPath(file.file),
      file: file.file,
      data: verdict.data,
      body: file.body,
      fieldLines: file.fieldLines,
      bodyStartLine: file.bodyStartLine,
    });
  }
  return valid;
}

function describeSchemaIssue(file: ParsedFile, issue: z.core.$ZodIssue, knownFields: string[]): ContentIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const hint = suggestClosest(key, knownFields);
      return {
        file: file.file,
        line: file.fieldLines.get(key),
        field: key,
        message: `unknown field${hint ? ` (did you mean "${hint}"?)` : ''}`,
      };
    });
  }
  const top = issue.path[0] === undefined ? undefined : String(issue.path[0]);
  // A field left out, at the top or inside a list entry (a correction without its text).
  const missing = issue.code === 'invalid_type' && top !== undefined && valueAt(file.data, issue.path) === undefined;
  return [
    {
      file: file.file,
      line: top ? file.fieldLines.get(top) : undefined,
      field: issue.path.map(String).join('.') || undefined,
      message: missing ? 'is required' : issue.message,
    },
  ];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function reportDuplicateIds(files: readonly SourceFile[], field: string, issues: ContentIssue[]): void {
  const byId = new Map<string, string[]>();
  for (const file of files) {
    const id = idFromPath(file.path);
    byId.set(id, [...(byId.get(id) ?? []), file.path]);
  }
  for (const [id, paths] of byId) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      const others = paths.filter((other) => other !== path).join(', ');
      issues.push({ file: path, field, message: `duplicate ${field} "${id}": also used by ${others}` });
    }
  }
}

function checkImage(
  source: ParsedFile,
  field: string,
  { contentDir, inspectImage }: { contentDir: string; inspectImage: (path: string) => ImageInfo },
  issues: ContentIssue[],
): void {
  const image = source.data[field];
  if (typeof image !== 'string' || image.trim() === '') return;
  const problem = imagePathProblem(image, image, source.file, contentDir, inspectImage);
  if (problem) issues.push({ file: source.file, line: source.fieldLines.get(field), field, message: problem });
}

/**
 * What is wrong with a picture a content file names by a relative path, if anything: the one
 * rule for lead images, portraits and body pictures. The path must stay inside the content
 * folder (checked on the path before anything is read), and the file must be there, inside it,
 * and a picture the build can encode. `written` is the path as the writer wrote it, for the
 * message; `path` the same path as a file name (a body picture's address decoded).
 */
export function imagePathProblem(
  written: string,
  path: string,
  file: string,
  contentDir: string,
  inspectImage: (path: string) => ImageInfo,
): string | undefined {
  if (path.startsWith('/') || path.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(path)) {
    return `"${written}" must be a path relative to this file, like ./photo.jpg`;
  }
  const resolved = posix.normalize(posix.join(posix.dirname(file), path));
  const root = posix.normalize(contentDir).replace(/\/$/, '');
  if (!resolved.startsWith(`${root}/`)) {
    return `"${written}" leads outside the content folder (${root}/): put the picture beside the Markdown file`;
  }
  const info = inspectImage(resolved);
  if (info.kind === 'missing') return `image not found: "${written}" (looked for ${resolved})`;
  if (info.kind === 'outside') return `"${written}" is a link to a file outside the content folder (${root}/): copy the picture in instead`;
  if (info.format === undefined || !IMAGE_FORMATS.has(info.format)) {
    return `${written} is not a JPEG, PNG, WebP, AVIF or GIF image${info.format ? ` (it is ${info.format.toUpperCase()})` : ''}`;
  }
  return undefined;
}
