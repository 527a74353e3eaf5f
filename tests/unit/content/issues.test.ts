import { describe, expect, it } from 'vitest';
import {
  ContentValidationError,
  formatIssue,
  sortIssues,
  type ContentIssue,
} from '#src/content/issues.ts';

describe('formatIssue', () => {
  it.each<[string, ContentIssue, string]>([
    [
      'file, line and field',
      { file: 'content/articles/2025/a.md', line: 4, field: 'title', message: 'must not be blank' },
      'content/articles/2025/a.md:4 title: must not be blank',
    ],
    [
      'file and field without a line',
      { file: 'content/articles/2025/a.md', field: 'dateline', message: 'is required' },
      'content/articles/2025/a.md dateline: is required',
    ],
    [
      'file and line without a field',
      { file: 'content/articles/2025/a.md', line: 9, message: 'something is off' },
      'content/articles/2025/a.md:9 something is off',
    ],
    ['only the file', { file: 'content/authors/x.md', message: 'unreadable' }, 'content/authors/x.md unreadable'],
  ])('writes an issue with %s', (_label, issue, text) => {
    expect(formatIssue(issue)).toBe(text);
  });
});

describe('sortIssues', () => {
  const issues: ContentIssue[] = [
    { file: 'b.md', line: 2, message: 'b2' },
    { file: 'a.md', line: 10, message: 'a10' },
    { file: 'a.md', line: 3, message: 'a3' },
    { file: 'a.md', message: 'a-no-line' },
    { file: 'c.md', message: 'c' },
  ];

  it('orders by file, then line, with line-less issues first in their file', () => {
    expect(sortIssues(issues).map((issue) => issue.message)).toEqual(['a-no-line', 'a3', 'a10', 'b2', 'c']);
  });

  it('keeps the input order of issues on the same file and line', () => {
    const same: ContentIssue[] = [
      { file: 'a.md', line: 1, message: 'first' },
      { file: 'a.md', line: 1, message: 'second' },
    ];
    expect(sortIssues(same).map((issue) => issue.message)).toEqual(['first', 'second']);
  });

  it('does not reorder the array it is given', () => {
    const copy = [...issues];
    sortIssues(issues);
    expect(issues).toEqual(copy);
  });
});

describe('ContentValidationError', () => {
  it('lists every issue, sorted, one per line under a count', () => {
    const error = new ContentValidationError([
      { file: 'content/articles/b.md', line: 3, field: 'author', message: 'unknown author "x"' },
      { file: 'content/articles/a.md', field: 'dateline', message: 'is required' },
      { file: 'content/articles/a.md', line: 2, field: 'title', message: 'must not be blank' },
    ]);
    expect(error.message).toBe(
      [
        'Content has 3 problems; nothing was published:',
        '  content/articles/a.md dateline: is required',
        '  content/articles/a.md:2 title: must not be blank',
        '  content/articles/b.md:3 author: unknown author "x"',
      ].join('\n'),
    );
    expect(error.issues.map((issue) => issue.field)).toEqual(['dateline', 'title', 'author']);
  });

  it('says "problem" for a single issue', () => {
    const error = new ContentValidationError([{ file: 'a.md', message: 'bad' }]);
    expect(error.message.split('\n')[0]).toBe('Content has 1 problem; nothing was published:');
  });

  it('is an Error named ContentValidationError', () => {
    const error = new ContentValidationError([{ file: 'a.md', message: 'bad' }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentValidationError');
  });
});
