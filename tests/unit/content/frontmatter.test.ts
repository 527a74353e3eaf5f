import { describe, expect, it } from 'vitest';
import { FrontmatterSyntaxError, parseSource } from '#src/content/frontmatter.ts';

const markdown = (...lines: string[]) => lines.join('\n');

describe('parseSource', () => {
  it('keeps dates as the strings the writer typed', () => {
    const { data } = parseSource(
      markdown('---', 'dateline: 2025-04-15', 'updated: 2025-04-15T09:30:00+05:00', '---', 'Body.'),
    );
    expect(data['dateline']).toBe('2025-04-15');
    expect(data['updated']).toBe('2025-04-15T09:30:00+05:00');
  });

  it('reads numbers, booleans and lists as YAML values', () => {
    const { data } = parseSource(
      markdown('---', 'temperature: 31.6', 'draft: true', 'tags: [Climate, Karachi]', '---', 'Body.'),
    );
    expect(data).toEqual({ temperature: 31.6, draft: true, tags: ['Climate', 'Karachi'] });
  });

  it('separates the Markdown body from the frontmatter', () => {
    expect(parseSource(markdown('---', 'title: A', '---', 'First line.', '', 'Second.')).body).toBe(
      'First line.\n\nSecond.',
    );
  });

  it('gives each top-level field its 1-based line in the file', () => {
    const { fieldLines } = parseSource(
      markdown(
        '---', // 1
        'title: A', // 2
        '# a comment', // 3
        'social:', // 4
        '  x: https://x.com/a', // 5
        '', // 6
        'city: Karachi', // 7
        '---',
        'Body.',
      ),
    );
    expect(Object.fromEntries(fieldLines)).toEqual({ title: 2, social: 4, city: 7 });
  });

  it('counts lines the same way in a file with Windows line endings', () => {
    const { data, fieldLines } = parseSource('---\r\ntitle: A\r\ncity: Karachi\r\n---\r\nBody.\r\n');
    expect(data).toEqual({ title: 'A', city: 'Karachi' });
    expect(Object.fromEntries(fieldLines)).toEqual({ title: 2, city: 3 });
  });

  it.each([
    ['no frontmatter', 'Just a body.\n', 'Just a body.\n'],
    ['empty frontmatter', '---\n---\nBody.\n', 'Body.\n'],
  ])('returns empty data for %s', (_label, text, body) => {
    const parsed = parseSource(text);
    expect(parsed.data).toEqual({});
    expect(parsed.body).toBe(body);
    expect(parsed.fieldLines.size).toBe(0);
  });

  it.each([
    ['a duplicated key', ['---', 'title: A', 'city: Karachi', 'title: B', '---'], 4],
    ['a mis-indented entry', ['---', 'title: A', '  city: Karachi', '---'], 3],
    ['a tab used for indentation', ['---', 'title: A', 'city: Karachi', '\tauthor: x', '---'], 4],
    ['a stray colon', ['---', 'title: A', 'city: Karachi: Sindh: : x', '---'], 3],
  ])('reports %s as a FrontmatterSyntaxError on its file line', (_label, lines, line) => {
    let caught: unknown;
    try {
      parseSource(markdown(...lines, 'Body.'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FrontmatterSyntaxError);
    expect((caught as FrontmatterSyntaxError).message).toMatch(/^invalid YAML: /);
    expect((caught as FrontmatterSyntaxError).line).toBe(line);
  });
});
