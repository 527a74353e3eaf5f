/** One problem found in a content file, in words a writer can act on. */
export interface ContentIssue {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when it is known. */
  line?: number | undefined;
  /** The frontmatter field (or `body`, `yaml`, `slug`), when one is to blame. */
  field?: string | undefined;
  message: string;
}

/** Formats an issue as `file:line field: message`, the shape editors and CI logs link. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.field ? ` ${issue.field}:` : '';
  return `${where}${field} ${issue.message}`;
}

/** Sorts issues by file, then line, so reports read top to bottom and are stable. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)),
  );
}

/** Thrown when content cannot be published; its message lists every issue, one per line. */
export class ContentValidationError extends Error {
  readonly issues: ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const sorted = sortIssues(issues);
    const noun = sorted.length === 1 ? 'problem' : 'problems';
    super(
      `Content has ${sorted.length} ${noun}; nothing was published:\n` +
        sorted.map((issue) => `  ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'ContentValidationError';
    this.issues = sorted;
  }
}
