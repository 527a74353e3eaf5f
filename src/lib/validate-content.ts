import { posix } from 'node:path';
import type { z } from 'astro/zod';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { authorFrontmatterSchema, type AuthorFrontmatter } from '../schemas/author.ts';
import type { ContentIssue } from './content-issues.ts';
import { FrontmatterSyntaxError, parseSource, type ParsedSource } from './frontmatter.ts';
import { suggestClosest } from './suggest.ts';

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
  /** Frontmatter as written (for Astro's own parse, which resolves images). */
  rawData: Record<string, unknown>;
  data: TData;
  body: string;
  /** 1-based line of each top-level frontmatter field, for messages. */
  fieldLines: Map<string, number>;
}

export interface NewsroomValidation {
  articles: ValidSource<ArticleFrontmatter>[];
  authors: ValidSource<AuthorFrontmatter>[];
  issues: ContentIssue[];
}

/**
 * Checks every article and author file and the links between them: YAML, schema, slug and id
 * shape, duplicate slugs, unknown authors and missing images. Collects every problem rather
 * than stopping at the first, so a writer fixes a commit in one pass.
 */
export function validateNewsroom(input: {
  articleFiles: readonly SourceFile[];
  authorFiles: readonly SourceFile[];
  fileExists: (path: string) => boolean;
}): NewsroomValidation {
  const issues: ContentIssue[] = [];
  const authors = validateFiles(input.authorFiles, authorFrontmatterSchema, issues);
  const articles = validateFiles(input.articleFiles, articleFrontmatterSchema, issues);
  const authorIds = authors.map((author) => author.id);
  const knownAuthors = new Set(authorIds);

  reportDuplicateIds(input.articleFiles, 'slug', issues);
  reportDuplicateIds(input.authorFiles, 'id', issues);

  for (const article of articles) {
    if (!knownAuthors.has(article.data.author)) {
      const hint = suggestClosest(article.data.author, authorIds);
      issues.push({
        file: article.file,
        line: article.fieldLines.get('author'),
        field: 'author',
        message:
          `unknown author "${article.data.author}"` +
          (hint ? ` (did you mean "${hint}"?)` : ` (no file content/authors/${article.data.author}.md)`),
      });
    }
    checkImage(article, 'image', article.data.image, input.fileExists, issues);
  }
  for (const author of authors) {
    checkImage(author, 'avatar', author.data.avatar, input.fileExists, issues);
  }
  return { articles, authors, issues };
}

/** The id a content file gets: its file name without `.md`, whatever folder it is filed in. */
export function idFromPath(path: string): string {
  return posix.basename(path).replace(/\.md$/i, '');
}

function validateFiles<TSchema extends z.ZodType>(
  files: readonly SourceFile[],
  schema: TSchema,
  issues: ContentIssue[],
): ValidSource<z.output<TSchema>>[] {
  const valid: ValidSource<z.output<TSchema>>[] = [];
  for (const file of files) {
    let parsed: ParsedSource;
    try {
      parsed = parseSource(file.text);
    } catch (error) {
      const line = error instanceof FrontmatterSyntaxError ? error.line : undefined;
      issues.push({ file: file.path, line, field: 'yaml', message: (error as Error).message });
      continue;
    }
    const id = idFromPath(file.path);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      issues.push({
        file: file.path,
        field: 'slug',
        message: `file name "${id}" must be lowercase letters, digits and hyphens (it becomes the URL)`,
      });
    }
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) issues.push(...describeSchemaIssue(file.path, issue, parsed));
      continue;
    }
    valid.push({
      id,
      file: file.path,
      rawData: parsed.data,
      data: result.data,
      body: parsed.body,
      fieldLines: parsed.fieldLines,
    });
  }
  return valid;
}

function describeSchemaIssue(file: string, issue: z.core.$ZodIssue, parsed: ParsedSource): ContentIssue[] {
  const field = issue.path.map(String).join('.') || undefined;
  const top = issue.path[0] === undefined ? undefined : String(issue.path[0]);
  const line = top ? parsed.fieldLines.get(top) : undefined;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const hint = suggestClosest(key, KNOWN_FIELDS);
      return {
        file,
        line: parsed.fieldLines.get(key),
        field: key,
        message: `unknown field${hint ? ` (did you mean "${hint}"?)` : ''}`,
      };
    });
  }
  const value = top === undefined ? undefined : parsed.data[top];
  const missing = issue.code === 'invalid_type' && value === undefined && issue.path.length === 1;
  return [{ file, line, field, message: missing ? 'is required' : issue.message }];
}

const KNOWN_FIELDS = [
  ...Object.keys(articleFrontmatterSchema.shape),
  ...Object.keys(authorFrontmatterSchema.shape),
];

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
  source: ValidSource<unknown>,
  field: string,
  image: string | undefined,
  fileExists: (path: string) => boolean,
  issues: ContentIssue[],
): void {
  if (image === undefined) return;
  const resolved = posix.normalize(posix.join(posix.dirname(source.file), image));
  if (!fileExists(resolved)) {
    issues.push({
      file: source.file,
      line: source.fieldLines.get(field),
      field,
      message: `image not found: "${image}" (looked for ${resolved})`,
    });
  }
}
