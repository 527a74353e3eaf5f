import { describe, expect, it } from 'vitest';
import { articleFrontmatterSchema } from '#src/content/schemas/article.ts';
import { authorFrontmatterSchema } from '#src/content/schemas/author.ts';
import type { ContentIssue } from '#src/content/issues.ts';
import { idFromPath, validateNewsroom, type SourceFile } from '#src/content/validate.ts';
import { fakeImages } from '../../support/fake-images.ts';

/** A Markdown file; frontmatter line `i` of `fields` is file line `i + 2`. */
function file(path: string, fields: string[], body = 'Body text.'): SourceFile {
  return { path, text: ['---', ...fields, '---', body, ''].join('\n') };
}

const ARTICLE = 'content/articles/2025/karachi-port.md';
const AUTHOR = 'content/authors/john-doe.md';

/** A valid article's frontmatter lines, with some lines replaced or added (a string) or removed (null). */
function articleFields(changes: Record<string, string | null> = {}): string[] {
  const fields: Record<string, string> = {
    title: 'title: Karachi Port Expands', // line 2
    dateline: 'dateline: 2025-04-15', // line 3
    city: 'city: Karachi', // line 4
    author: 'author: john-doe', // line 5
    tags: 'tags: [Economy, Karachi]', // line 6
  };
  for (const [key, line] of Object.entries(changes)) {
    if (line === null) delete fields[key];
    else fields[key] = line;
  }
  return Object.values(fields);
}

const johnDoe = file(AUTHOR, ['name: John Doe', 'url: https://example.com/john'], 'John covers ports.');

function validate(articleFiles: SourceFile[], options: { authorFiles?: SourceFile[]; existing?: string[] } = {}) {
  const images = fakeImages(options.existing ?? []);
  const result = validateNewsroom({
    articleFiles,
    authorFiles: options.authorFiles ?? [johnDoe],
    contentDir: 'content',
    inspectImage: images.inspectImage,
  });
  return { ...result, looked: images.asked };
}

describe('validateNewsroom with a valid newsroom', () => {
  const image = 'content/articles/2025/images/port.jpg';
  const { issues, articles, authors } = validate(
    [
      file(ARTICLE, articleFields({ image: 'image: ./images/port.jpg', imageAlt: 'imageAlt: Cranes at dawn' })),
      file('content/articles/2026/03/lahore-book-fair.md', articleFields({ tags: null, title: 'title: Book Fair' })),
    ],
    { existing: [image] },
  );

  it('reports no issues', () => {
    expect(issues).toEqual([]);
  });

  it('returns each article and author with its id from the file name', () => {
    expect(articles.map((article) => [article.id, article.file])).toEqual([
      ['karachi-port', ARTICLE],
      ['lahore-book-fair', 'content/articles/2026/03/lahore-book-fair.md'],
    ]);
    expect(authors.map((author) => author.id)).toEqual(['john-doe']);
  });

  it('returns the data the real schemas produce, defaults included', () => {
    expect(articles[1]?.data).toEqual(
      articleFrontmatterSchema.parse({
        title: 'Book Fair',
        dateline: '2025-04-15',
        city: 'Karachi',
        author: 'john-doe',
      }),
    );
    expect(articles[1]?.data.tags).toEqual([]);
    expect(articles[1]?.data.draft).toBe(false);
    expect(authors[0]?.data).toEqual(
      authorFrontmatterSchema.parse({ name: 'John Doe', url: 'https://example.com/john' }),
    );
    expect(authors[0]?.body).toBe('John covers ports.\n');
  });

  it('keeps the frontmatter as written and the field lines', () => {
    expect(articles[0]?.data.dateline).toBe('2025-04-15');
    expect(articles[0]?.fieldLines.get('author')).toBe(5);
  });
});

describe('validateNewsroom reports one issue naming the file and field', () => {
  it.each<[string, Record<string, string | null>, Partial<ContentIssue>]>([
    ['a blank title', { title: 'title: "   "' }, { field: 'title', line: 2, message: 'must not be blank' }],
    ['a missing dateline', { dateline: null }, { field: 'dateline', message: 'is required' }],
    [
      'a dateline that is not a day',
      { dateline: 'dateline: 2025-02-30' },
      { field: 'dateline', line: 3, message: 'must be a date like 2025-04-15 or 2025-04-15T09:30:00+05:00' },
    ],
    [
      'a temperature of 75 °C',
      { temperature: 'temperature: 75' },
      { field: 'temperature', line: 7, message: 'must be at most 60 °C' },
    ],
    [
      'a temperature of -95 °C',
      { temperature: 'temperature: -95' },
      { field: 'temperature', line: 7, message: 'must be at least -90 °C' },
    ],
    [
      'a temperature written as a string',
      { temperature: 'temperature: "31.6"' },
      { field: 'temperature', line: 7, message: 'must be a number of °C, like 31.6' },
    ],
    [
      'an unknown author close to a known one',
      { author: 'author: jon-doe' },
      { field: 'author', line: 5, message: 'unknown author "jon-doe" (did you mean "john-doe"?)' },
    ],
    [
      'an unknown author like no known one',
      { author: 'author: zed' },
      { field: 'author', line: 5, message: 'unknown author "zed" (no file authors/zed.md)' },
    ],
    [
      'an unknown co-author close to a known one',
      { author: 'author: [john-doe, jon-do]' },
      { field: 'author', line: 5, message: 'unknown author "jon-do" (did you mean "john-doe"?)' },
    ],
    [
      'an unknown co-author in a YAML list',
      { author: 'author:\n  - john-doe\n  - zed' },
      { field: 'author', line: 5, message: 'unknown author "zed" (no file authors/zed.md)' },
    ],
    [
      'an empty list of authors',
      { author: 'author: []' },
      { field: 'author', line: 5, message: 'must name at least one author' },
    ],
    [
      'the same co-author twice',
      { author: 'author: [john-doe, john-doe]' },
      { field: 'author', line: 5, message: 'names the same author twice' },
    ],
    [
      'an image credit without an image',
      { imageCredit: 'imageCredit: Sana Iqbal/TDI' },
      { field: 'imageCredit', line: 7, message: 'credits a lead image, but the article has none: add an image or delete the credit' },
    ],
    [
      'an image caption without an image',
      { imageCaption: 'imageCaption: Cranes at dusk' },
      { field: 'imageCaption', line: 7, message: 'describes a lead image, but the article has none: add an image or delete the caption' },
    ],
    [
      'a correction dated on no real day',
      { corrections: 'corrections:\n  - date: 2025-04-31\n    text: The figure was wrong.' },
      { field: 'corrections.0.date', line: 7, message: 'must be a date like 2025-04-15 or 2025-04-15T09:30:00+05:00' },
    ],
    [
      'a correction without a text',
      { corrections: 'corrections:\n  - date: 2025-04-17' },
      { field: 'corrections.0.text', line: 7, message: 'is required' },
    ],
    [
      'an author id that is not a slug',
      { author: 'author: John Doe' },
      { field: 'author', line: 5, message: 'must be lowercase letters, digits and hyphens (like "amina-rauf")' },
    ],
    [
      'a misspelt optional field',
      { sumary: 'sumary: A port grows.' },
      { field: 'sumary', line: 7, message: 'unknown field (did you mean "summary"?)' },
    ],
    [
      'an image without imageAlt',
      { image: 'image: ./images/port.jpg' },
      { field: 'imageAlt', message: 'is required when an image is given (describe the picture for readers who cannot see it)' },
    ],
    ['a draft flag that is not a boolean', { draft: 'draft: "yes"' }, { field: 'draft', line: 7, message: 'must be true or false' }],
    [
      'a language that is not BCP 47',
      { lang: 'lang: en_GB' },
      { field: 'lang', line: 7, message: 'must be a BCP 47 language tag like "en" or "ur"' },
    ],
  ])('for %s', (_label, changes, expected) => {
    const { issues } = validate([file(ARTICLE, articleFields(changes))], {
      existing: ['content/articles/2025/images/port.jpg'],
    });
    // toEqual treats a missing line and `line: undefined` alike.
    expect(issues).toEqual([{ file: ARTICLE, ...expected }]);
  });
});

describe('validateNewsroom checks beyond the schema', () => {
  it('suggests "title" for "tittle" and also reports the missing title', () => {
    const { issues } = validate([file(ARTICLE, articleFields({ title: 'tittle: Karachi Port Expands' }))]);
    expect(issues).toEqual([
      { file: ARTICLE, field: 'title', message: 'is required' },
      { file: ARTICLE, line: 2, field: 'tittle', message: 'unknown field (did you mean "title"?)' },
    ]);
  });

  it.each([
    ['an article', 'url', [file(ARTICLE, articleFields({ url: 'url: https://example.com' }))], [johnDoe]],
    ['an article', 'name', [file(ARTICLE, articleFields({ name: 'name: John' }))], [johnDoe]],
    ['an author', 'title', [], [file(AUTHOR, ['name: John Doe', 'title: Editor'])]],
  ])('does not suggest, for %s, the very field "%s" it rejects', (_label, key, articleFiles, authorFiles) => {
    const { issues } = validate(articleFiles, { authorFiles });
    const issue = issues.find((candidate) => candidate.field === key);
    expect(issue?.message).toMatch(/^unknown field/);
    expect(issue?.message).not.toContain(`did you mean "${key}"`);
  });

  it('names the Markdown file, field and line when an image file is missing', () => {
    const { issues, looked } = validate([
      file(ARTICLE, articleFields({ image: 'image: ./images/port.jpg', imageAlt: 'imageAlt: Cranes' })),
    ]);
    expect(looked).toContain('content/articles/2025/images/port.jpg');
    expect(issues).toEqual([
      {
        file: ARTICLE,
        line: 7,
        field: 'image',
        message: 'image not found: "./images/port.jpg" (looked for content/articles/2025/images/port.jpg)',
      },
    ]);
  });

  it('resolves an image path with ../ against the Markdown file’s folder', () => {
    const { issues } = validate(
      [file(ARTICLE, articleFields({ image: 'image: ../shared/port.jpg', imageAlt: 'imageAlt: Cranes' }))],
      { existing: ['content/articles/shared/port.jpg'] },
    );
    expect(issues).toEqual([]);
  });

  it('reports a missing author avatar against the author file', () => {
    const { issues } = validate([file(ARTICLE, articleFields())], {
      authorFiles: [file(AUTHOR, ['name: John Doe', 'avatar: ./john.jpg'])],
    });
    expect(issues).toEqual([
      {
        file: AUTHOR,
        line: 3,
        field: 'avatar',
        message: 'image not found: "./john.jpg" (looked for content/authors/john.jpg)',
      },
    ]);
  });

  it('names both files when one slug is used in two folders', () => {
    const other = 'content/articles/2026/karachi-port.md';
    const { issues } = validate([file(ARTICLE, articleFields()), file(other, articleFields())]);
    expect(issues).toEqual([
      { file: ARTICLE, field: 'slug', message: `duplicate slug "karachi-port": also used by ${other}` },
      { file: other, field: 'slug', message: `duplicate slug "karachi-port": also used by ${ARTICLE}` },
    ]);
  });

  it('reports a YAML syntax error with the file line of the broken entry', () => {
    const { issues, articles } = validate([
      file(ARTICLE, ['title: Karachi Port Expands', 'dateline: 2025-04-15', 'title: Again', 'city: Karachi']),
    ]);
    expect(articles).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: ARTICLE, field: 'yaml', line: 4 });
    expect(issues[0]?.message).toMatch(/^invalid YAML: /);
  });

  it.each([
    ['uppercase letters', 'content/articles/2025/Karachi-Port.md', 'Karachi-Port'],
    ['an underscore', 'content/articles/2025/karachi_port.md', 'karachi_port'],
    ['a trailing hyphen', 'content/articles/2025/karachi-.md', 'karachi-'],
  ])('rejects a file name with %s', (_label, path, id) => {
    const { issues } = validate([file(path, articleFields())]);
    expect(issues).toEqual([
      {
        file: path,
        field: 'slug',
        message: `file name "${id}" must be lowercase letters, digits and hyphens (it becomes the URL)`,
      },
    ]);
  });

  it('reports every problem of several files in one run', () => {
    const files = [
      file('content/articles/2025/a.md', articleFields({ title: 'title: ""', temperature: 'temperature: 75' })),
      file('content/articles/2025/b.md', articleFields({ author: 'author: jon-doe' })),
      file('content/articles/2025/c.md', ['title: A', '  city: broken']),
      file('content/articles/2025/d.md', articleFields({ image: 'image: ./d.jpg', imageAlt: 'imageAlt: D' })),
      file('content/articles/2025/Bad.md', articleFields()),
    ];
    const authorFiles = [johnDoe, file('content/authors/jane.md', ['name: ""'])];
    const { issues } = validate(files, { authorFiles });
    expect(issues.map((issue) => `${issue.file} ${issue.field}`).sort()).toEqual([
      'content/articles/2025/Bad.md slug',
      'content/articles/2025/a.md temperature',
      'content/articles/2025/a.md title',
      'content/articles/2025/b.md author',
      'content/articles/2025/c.md yaml',
      'content/articles/2025/d.md image',
      'content/authors/jane.md name',
    ]);
  });
});

describe('idFromPath', () => {
  it.each([
    ['content/articles/2025/04/karachi-port.md', 'karachi-port'],
    ['content/authors/amina-rauf.md', 'amina-rauf'],
    ['karachi-port.md', 'karachi-port'],
    ['content/articles/2025/Karachi.MD', 'Karachi'],
    ['content/articles/notes.md.md', 'notes.md'],
  ])('gives %s the id %s', (path, id) => {
    expect(idFromPath(path)).toBe(id);
  });
});

describe('hostile and odd files (regressions)', () => {
  const withImage = (image: string) => file(ARTICLE, articleFields({ image: `image: '${image}'`, imageAlt: 'imageAlt: A photo' }));

  it.each([
    ['a path that climbs out of the content folder', '../../../../../../etc/hostname', /leads outside the content folder \(content\/\)/],
    ['an absolute path', '/etc/hostname', /must be a path relative to this file/],
    ['a URL', 'file:///etc/hostname', /must be a path relative to this file/],
    ['a Windows path', '..\\..\\secret.jpg', /must be a path relative to this file/],
  ])('refuses %s for the lead image and reads no file', (_label, image, message) => {
    const { issues, looked } = validate([withImage(image)]);
    expect(looked).toEqual([]);
    expect(issues).toMatchObject([{ file: ARTICLE, line: 7, field: 'image', message: expect.stringMatching(message) }]);
  });

  it('refuses a lead image that is a link to a file outside the content folder', () => {
    const { issues } = validateNewsroom({
      articleFiles: [withImage('./photo.jpg')],
      authorFiles: [johnDoe],
      contentDir: 'content',
      inspectImage: () => ({ kind: 'outside' }),
    });
    expect(issues).toMatchObject([{ field: 'image', message: expect.stringMatching(/is a link to a file outside the content folder/) }]);
  });

  it.each([
    ['a text file', undefined, 'photo.jpg is not a JPEG, PNG, WebP, AVIF or GIF image'],
    ['a TIFF', 'tiff', 'photo.jpg is not a JPEG, PNG, WebP, AVIF or GIF image (it is TIFF)'],
  ])('refuses a lead image that is %s, and a portrait alike', (_label, format, message) => {
    const images = fakeImages({ 'content/articles/2025/photo.jpg': { format }, 'content/authors/photo.jpg': { format } });
    const { issues } = validateNewsroom({
      articleFiles: [withImage('photo.jpg')],
      authorFiles: [file(AUTHOR, ['name: John Doe', 'avatar: photo.jpg'])],
      contentDir: 'content',
      inspectImage: images.inspectImage,
    });
    expect(issues).toEqual([
      { file: ARTICLE, line: 7, field: 'image', message },
      { file: AUTHOR, line: 3, field: 'avatar', message },
    ]);
  });

  it.each(['\\0', '\\b', '\\e', '\\x7F', '\\u0085'])('refuses a title with the control character "%s" (a YAML escape)', (escape) => {
    const { issues } = validate([file(ARTICLE, articleFields({ title: `title: "Port${escape}expands"` }))]);
    expect(issues).toMatchObject([
      { file: ARTICLE, line: 2, field: 'title', message: expect.stringMatching(/^contains the invisible control character U\+00[0-9A-F]{2}/) },
    ]);
  });

  it('refuses control characters in every text field, a tag and an author name included', () => {
    const { issues } = validate([file(ARTICLE, articleFields({ tags: 'tags: ["Trade\\x1b"]', summary: 'summary: "A\\vB"' }))], {
      authorFiles: [file(AUTHOR, ['name: "John\\0Doe"'])],
    });
    expect(issues.map((issue) => issue.field).sort()).toEqual(['name', 'summary', 'tags.0']);
  });

  it.each(["<img src=x onerror=alert('tag')>", 'A > B'])('refuses markup in a topic name: %s', (tag) => {
    const { issues } = validate([file(ARTICLE, articleFields({ tags: `tags: [${JSON.stringify(tag)}]` }))]);
    expect(issues).toEqual([
      { file: ARTICLE, line: 6, field: 'tags.0', message: 'a topic name may not contain "<" or ">" (write the topic as plain words)' },
    ]);
  });
});
