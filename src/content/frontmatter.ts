import matter from 'gray-matter';
import yaml from 'js-yaml';

/** Frontmatter split from its Markdown body, with the line of each top-level field. */
export interface ParsedSource {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file of each top-level frontmatter key. */
  fieldLines: Map<string, number>;
  /** 1-based line in the file on which the body's first line stands. */
  bodyStartLine: number;
}

/** A YAML syntax error, with the 1-based line in the file where the parser stopped. */
export class FrontmatterSyntaxError extends Error {
  readonly line: number | undefined;

  constructor(message: string, line: number | undefined) {
    super(message);
    this.name = 'FrontmatterSyntaxError';
    this.line = line;
  }
}

// CORE_SCHEMA keeps `2025-04-15` a string: js-yaml's default schema would turn it into a UTC
// midnight Date, losing whether the writer meant a calendar day or an instant.
const engines = {
  yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object,
};

const FIRST_FRONTMATTER_LINE = 2; // line 1 is the opening `---`
// gray-matter hands js-yaml the text from the newline after `---`, so its 0-based line is
// already one short of the file's 1-based line.
const YAML_LINE_TO_FILE_LINE = 1;

/**
 * Parses a Markdown file's frontmatter with YAML's core schema (dates stay strings).
 * @throws FrontmatterSyntaxError with the file line of a YAML error.
 */
export function parseSource(text: string): ParsedSource {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    const line = typeof mark?.line === 'number' ? mark.line + YAML_LINE_TO_FILE_LINE : undefined;
    throw new FrontmatterSyntaxError(`invalid YAML: ${reason}`, line);
  }
  const data = parsed.data && typeof parsed.data === 'object' ? parsed.data : {};
  const frontmatterText = text.slice(0, text.length - parsed.content.length);
  const bodyStartLine = frontmatterText.split('\n').length;
  return { data, body: parsed.content, fieldLines: findFieldLines(parsed.matter), bodyStartLine };
}

function findFieldLines(frontmatter: string): Map<string, number> {
  const lines = new Map<string, number>();
  // gray-matter's `matter` starts with the newline after the opening fence.
  frontmatter
    .replace(/^\r?\n/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
      if (key && !lines.has(key)) lines.set(key, index + FIRST_FRONTMATTER_LINE);
    });
  return lines;
}
