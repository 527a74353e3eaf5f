import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkNewsroom, type CheckInput } from '#src/content/check-newsroom.ts';
import { openFileFacts, type FileFacts } from '#src/content/file-facts.ts';
import { createRoutes } from '#src/config/urls.ts';
import type { SourceFile } from '#src/content/validate.ts';
import { fakeImages } from '../../support/fake-images.ts';

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'file-facts-'));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe('openFileFacts', () => {
  it('computes a fact once per file text and keeps it for the next build', async () => {
    let computed = 0;
    const count = () => ({ words: ++computed });
    const first = await openFileFacts(cacheDir);
    first.open('a.md', 'one two');
    expect(first.of('a.md', 'words', count)).toEqual({ words: 1 });
    expect(first.of('a.md', 'words', count)).toEqual({ words: 1 });
    await first.save();

    const next = await openFileFacts(cacheDir);
    next.open('a.md', 'one two');
    expect(next.of('a.md', 'words', count)).toEqual({ words: 1 });
    expect(computed).toBe(1);
    next.open('a.md', 'one two three');
    expect(next.of('a.md', 'words', count)).toEqual({ words: 2 });
  });

  it('keeps facts by path as well as text: two files with the same text have their own', async () => {
    const facts = await openFileFacts(cacheDir);
    facts.open('a.md', 'same');
    facts.open('b.md', 'same');
    facts.of('a.md', 'name', () => 'a');
    expect(facts.of('b.md', 'name', () => 'b')).toBe('b');
  });

  it('computes every time for a file it was not told of', async () => {
    const facts = await openFileFacts(cacheDir);
    let computed = 0;
    facts.of('a.md', 'n', () => ++computed);
    facts.of('a.md', 'n', () => ++computed);
    expect(computed).toBe(2);
  });
});

const article = (slug: string, frontmatter: string[], body: string): SourceFile => ({
  path: `content/articles/${slug}.md`,
  text: ['---', ...frontmatter, '---', body, ''].join('\n'),
});
const fields = (title: string, more: string[] = []) => [
  `title: ${JSON.stringify(title)}`,
  'dateline: 2025-04-10',
  'city: Karachi',
  'author: amina-rauf',
  'tags: ["Trade"]',
  ...more,
];

/** A newsroom with something of everything the check keeps per file: errors, warnings, links, references. */
const NEWSROOM: SourceFile[] = [
  article('port', fields('Port'), 'See [[fair]] and [the fair](/news/fair/) and [gone](/news/gone/).\n\n![Chart](./chart.png)'),
  article('fair', fields('Fair', ['summary: Short']), 'Text with a \u0007 bell.\n\n<!-- never closed'),
  article('bad-yaml', ['title: "unclosed', 'dateline: 2025-04-10'], 'Body.'),
  article('bad-schema', fields('Bad', ['temperature: hot', 'colour: red']), 'Body.'),
  article('draft', fields('Draft', ['draft: true']), 'Links to [x](javascript:alert(1)) and [[nowhere]].'),
];

function check(facts: FileFacts | undefined) {
  const input: CheckInput = {
    articleFiles: NEWSROOM,
    authorFiles: [{ path: 'content/authors/amina-rauf.md', text: '---\nname: Amina Rauf\n---\nBio.\n' }],
    contentDir: 'content',
    inspectImage: fakeImages([]).inspectImage,
    now: new Date('2025-04-15T12:00:00+05:00'),
    timeZone: 'Asia/Karachi',
    routes: createRoutes('/'),
    pageSizes: { archive: 20, author: 20, tag: 20 },
    extraPaths: [],
    facts,
  };
  return checkNewsroom(input);
}

describe('the content check with kept facts', () => {
  it('gives what it gives without them, on the build that keeps them and on the next', async () => {
    const unkept = check(undefined);
    expect(unkept.errors.length).toBeGreaterThan(3);
    expect(unkept.warnings.length).toBeGreaterThan(2);
    const first = await openFileFacts(cacheDir);
    expect(check(first)).toEqual(unkept);
    await first.save();
    const next = await openFileFacts(cacheDir);
    expect(check(next)).toEqual(unkept);
  });
});
