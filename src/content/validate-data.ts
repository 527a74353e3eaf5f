import type { z } from 'astro/zod';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError, type ParseErrorCode } from 'jsonc-parser';
import type { ContentIssue } from './issues.ts';
import { followUsSchema, trendingSchema, type FollowUs } from './schemas/data.ts';
import type { SourceFile } from './validate.ts';
import { suggestClosest } from './suggest.ts';

/** The newsroom's data files as read from `<contentDir>/data/`; each is optional. */
export interface DataFiles {
  followUs?: SourceFile | undefined;
  trending?: SourceFile | undefined;
}

/** What the data files say, once they passed their schemas. */
export interface SiteData {
  followUs: FollowUs | undefined;
  /** Slugs the desk pins to "Trending Now", in its order. */
  trendingSlugs: string[];
}

/**
 * Parses and schema-checks the data files. A file that is not JSON, or does not fit its
 * schema, is reported with its line and counts as absent, so every other problem is still
 * found in the same run.
 */
export function validateSiteData(files: DataFiles): { data: SiteData; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const followUs = files.followUs && parseJsonFile(files.followUs, followUsSchema, issues);
  const trending = files.trending && parseJsonFile(files.trending, trendingSchema, issues);
  return { data: { followUs, trendingSlugs: trending?.slugs ?? [] }, issues };
}

/**
 * The 1-based line of the value at `path` in a JSON file (or of the nearest enclosing value
 * there is), for messages.
 */
export function jsonLine(text: string, path: readonly PropertyKey[]): number | undefined {
  const tree = parseTree(text);
  if (!tree) return undefined;
  for (let depth = path.length; depth >= 0; depth--) {
    const segments = path.slice(0, depth).map((part) => (typeof part === 'number' ? part : String(part)));
    const node = findNodeAtLocation(tree, segments);
    if (node) return lineAt(text, node.offset);
  }
  return undefined;
}

function parseJsonFile<TSchema extends z.ZodType>(
  file: SourceFile,
  schema: TSchema,
  issues: ContentIssue[],
): z.output<TSchema> | undefined {
  // jsonc-parser in strict JSON mode: unlike JSON.parse, it says where the syntax goes wrong.
  const errors: ParseError[] = [];
  const raw: unknown = parse(file.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [error] = errors;
  if (error) {
    issues.push({
      file: file.path,
      line: lineAt(file.text, error.offset),
      field: 'json',
      message: `is not valid JSON: ${describeSyntaxError(error.error)}`,
    });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // Named like a frontmatter field: the key, with the closest known one of that object.
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const hint = suggestClosest(key, known);
        issues.push({
          file: file.path,
          line: jsonLine(file.text, [...issue.path, key]),
          field: [...issue.path, key].map(String).join('.'),
          message: `unknown field${hint ? ` (did you mean "${hint}"?)` : ''}`,
        });
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined;
    issues.push({
      file: file.path,
      line: jsonLine(file.text, issue.path),
      field: issue.path.map(String).join('.') || undefined,
      message: missing ? 'is required' : issue.message,
    });
  }
  return undefined;
}

function describeSyntaxError(code: ParseErrorCode): string {
  const words = printParseErrorCode(code).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words === 'value expected' || words === 'property name expected' ? `${words} (is there a comma too many?)` : words;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The keys of the object schema at `path` (array items included), for suggestions. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const part of path) {
    const def = (current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    current = typeof part === 'number' ? def?.element : def?.shape?.[String(part)];
  }
  const shape = (current as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) current = current !== null && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[part] : undefined;
  return current;
}
