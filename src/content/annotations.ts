/**
 * Content problems as GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`),
 * which GitHub shows on the changed lines of a pull request. Pure: `scripts/check.ts` prints them
 * when it runs under GitHub Actions.
 */
import { sortIssues, type ContentIssue } from './issues.ts';

/** Escapes a command's message as GitHub's runner reads it back: `%`, then CR and LF. */
export function escapeAnnotationData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (`file`, `title`): as data, and `:` and `,`, which end a property. */
export function escapeAnnotationProperty(text: string): string {
  return escapeAnnotationData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One problem as one workflow command line; the title names the field when one is to blame. */
export function formatAnnotation(level: 'error' | 'warning', issue: ContentIssue): string {
  const properties: [string, string][] = [['file', issue.file]];
  if (issue.line) properties.push(['line', String(issue.line)]);
  properties.push(['title', issue.field ? `Content check: ${issue.field}` : 'Content check']);
  const rendered = properties.map(([name, value]) => `${name}=${escapeAnnotationProperty(value)}`).join(',');
  return `::${level} ${rendered}::${escapeAnnotationData(issue.message)}`;
}

/** Every warning, then every error, each sorted by file and line, one command a line. */
export function formatAnnotations(check: { warnings: readonly ContentIssue[]; errors: readonly ContentIssue[] }): string[] {
  return [
    ...sortIssues(check.warnings).map((issue) => formatAnnotation('warning', issue)),
    ...sortIssues(check.errors).map((issue) => formatAnnotation('error', issue)),
  ];
}
