import { describe, expect, it } from 'vitest';
import {
  escapeAnnotationData,
  escapeAnnotationProperty,
  formatAnnotation,
  formatAnnotations,
} from '#src/content/annotations.ts';

describe('escaping for workflow commands', () => {
  it.each([
    ['plain text', 'plain text', 'plain text'],
    ['100%', '100%25', '100%25'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['%0A as typed', '%250A as typed', '%250A as typed'],
    ['title: must not be blank', 'title: must not be blank', 'title%3A must not be blank'],
    ['Diplomacy, Trade', 'Diplomacy, Trade', 'Diplomacy%2C Trade'],
    ['a::b', 'a::b', 'a%3A%3Ab'],
  ])('escapes %j as data %j and as a property %j', (text, data, property) => {
    expect(escapeAnnotationData(text)).toBe(data);
    expect(escapeAnnotationProperty(text)).toBe(property);
  });
});

describe('formatAnnotation', () => {
  it.each([
    [
      'error',
      { file: 'content/articles/a.md', line: 3, field: 'title', message: 'must not be blank' },
      '::error file=content/articles/a.md,line=3,title=Content check%3A title::must not be blank',
    ],
    [
      'warning',
      { file: 'content/articles/b.md', line: 7, field: 'summary', message: 'is 200 characters; at most 160 read well' },
      '::warning file=content/articles/b.md,line=7,title=Content check%3A summary::is 200 characters; at most 160 read well',
    ],
    [
      'error',
      { file: 'content/articles/2023/c.md', field: 'slug', message: 'duplicate slug "c"' },
      '::error file=content/articles/2023/c.md,title=Content check%3A slug::duplicate slug "c"',
    ],
    [
      'error',
      { file: 'content/articles/d,e:f.md', line: 1, message: '50% done\nsecond line\r' },
      '::error file=content/articles/d%2Ce%3Af.md,line=1,title=Content check::50%25 done%0Asecond line%0D',
    ],
  ] as const)('writes a %s as one command line', (level, issue, expected) => {
    const line = formatAnnotation(level, issue);
    expect(line).toBe(expected);
    expect(line).not.toMatch(/[\r\n]/);
  });

  it('lists warnings, then errors, each by file and line', () => {
    const lines = formatAnnotations({
      warnings: [{ file: 'b.md', line: 2, message: 'w' }],
      errors: [
        { file: 'b.md', line: 9, message: 'late' },
        { file: 'a.md', line: 5, message: 'early' },
      ],
    });
    expect(lines).toEqual([
      '::warning file=b.md,line=2,title=Content check::w',
      '::error file=a.md,line=5,title=Content check::early',
      '::error file=b.md,line=9,title=Content check::late',
    ]);
  });
});
