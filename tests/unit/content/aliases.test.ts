import { describe, expect, it } from 'vitest';
import { findAliasConflicts, type AliasSource } from '#src/content/aliases.ts';
import { checkNewsroom } from '#src/content/check-newsroom.ts';
import { formatIssue } from '#src/content/issues.ts';
import { createRoutes } from '#src/config/urls.ts';
import { validateNewsroom, type SourceFile } from '#src/content/validate.ts';

const PORT = 'content/articles/port-expands.md';
const RAIL = 'content/articles/2025/rail-deal.md';
const DRAFT = 'content/articles/budget.md';

function source(file: string, slug: string, aliases: string[]): AliasSource {
  return { file, slug, aliases, line: 7 };
}

const slugFiles = new Map([
  ['port-expands', PORT],
  ['rail-deal', RAIL],
  ['budget', DRAFT],
]);

describe('findAliasConflicts', () => {
  it('accepts old slugs that are nobody’s slug and nobody else’s old slug', () => {
    expect(findAliasConflicts([source(PORT, 'port-expands', ['port-plan']), source(RAIL, 'rail-deal', ['rail-pact'])], slugFiles)).toEqual([]);
  });

  it('refuses an old slug that is another article’s slug, naming both files', () => {
    const issues = findAliasConflicts([source(PORT, 'port-expands', ['rail-deal'])], slugFiles);
    expect(issues.map(formatIssue)).toEqual([
      `${PORT}:7 aliases: "rail-deal" is the slug of ${RAIL}; an old slug must not be a live URL`,
    ]);
  });

  it('refuses the slug of an unpublished article too: that URL is its own once it is out', () => {
    expect(findAliasConflicts([source(PORT, 'port-expands', ['budget'])], slugFiles)).toHaveLength(1);
  });

  it('refuses an article’s own slug', () => {
    expect(findAliasConflicts([source(PORT, 'port-expands', ['port-expands'])], slugFiles).map((issue) => issue.message)).toEqual([
      '"port-expands" is this article\'s own slug',
    ]);
  });

  it('reports an old slug claimed by two articles in both files, each naming the other', () => {
    const issues = findAliasConflicts([source(PORT, 'port-expands', ['plan']), source(RAIL, 'rail-deal', ['plan'])], slugFiles);
    expect(issues.map(formatIssue).sort()).toEqual([
      `${RAIL}:7 aliases: "plan" is also an old slug of ${PORT}`,
      `${PORT}:7 aliases: "plan" is also an old slug of ${RAIL}`,
    ].sort());
  });

  it('lets one article list the same old slug twice', () => {
    expect(findAliasConflicts([source(PORT, 'port-expands', ['plan', 'plan'])], slugFiles)).toEqual([]);
  });
});

describe('aliases in the content check', () => {
  const author: SourceFile = { path: 'content/authors/john-doe.md', text: '---\nname: John Doe\n---\nBio.\n' };
  const article = (path: string, extra: string[] = []): SourceFile => ({
    path,
    text: ['---', 'title: A story', 'dateline: 2025-04-15', 'city: Karachi', 'author: john-doe', ...extra, '---', 'Body.', ''].join('\n'),
  });

  it('fails with file:line aliases: … naming both files', () => {
    const { issues } = validateNewsroom({
      articleFiles: [article(PORT, ['aliases: [rail-deal]']), article(RAIL)],
      authorFiles: [author],
      contentDir: 'content',
      inspectImage: () => ({ kind: 'file', format: 'jpg', width: 1600 }),
    });
    expect(issues.map(formatIssue)).toEqual([
      `${PORT}:6 aliases: "rail-deal" is the slug of ${RAIL}; an old slug must not be a live URL`,
    ]);
  });

  it('holds old slugs to the slug pattern and to a list', () => {
    const { issues } = validateNewsroom({
      articleFiles: [article(PORT, ['aliases: [Old_Slug]']), article(RAIL, ['aliases: old-slug'])],
      authorFiles: [author],
      contentDir: 'content',
      inspectImage: () => ({ kind: 'file', format: 'jpg', width: 1600 }),
    });
    expect(issues.map(formatIssue)).toEqual([
      `${PORT}:6 aliases.0: must be lowercase letters, digits and hyphens (like "amina-rauf")`,
      `${RAIL}:6 aliases: must be a list of old slugs, like [old-slug]`,
    ]);
  });

  it('keeps the old slugs with the article', () => {
    const { articles, issues } = validateNewsroom({
      articleFiles: [article(PORT, ['aliases: [port-plan, harbour-plan]'])],
      authorFiles: [author],
      contentDir: 'content',
      inspectImage: () => ({ kind: 'file', format: 'jpg', width: 1600 }),
    });
    expect(issues).toEqual([]);
    expect(articles[0]?.data.aliases).toEqual(['port-plan', 'harbour-plan']);
  });
});

describe('links to an old slug', () => {
  const author: SourceFile = { path: 'content/authors/john-doe.md', text: '---\nname: John Doe\n---\nBio.\n' };
  const article = (slug: string, extra: string[], body: string): SourceFile => ({
    path: `content/articles/${slug}.md`,
    text: ['---', `title: Story ${slug}`, 'dateline: 2025-04-10', 'city: Karachi', 'author: john-doe', ...extra, '---', body, ''].join('\n'),
  });

  it('are errors that name the article’s current URL, for Markdown links and [[slug]] references', () => {
    const { errors } = checkNewsroom({
      articleFiles: [
        article('port-expands', ['aliases: [port-plan]'], 'Body.'),
        article('rail-deal', [], 'See [the plan](/news/port-plan/) and [[port-plan]].'),
      ],
      authorFiles: [author],
      contentDir: 'content',
      inspectImage: () => ({ kind: 'file', format: 'jpg', width: 1600 }),
      now: new Date('2025-04-15T00:00:00Z'),
      timeZone: 'Asia/Karachi',
      routes: createRoutes('/'),
      pageSizes: { archive: 20, author: 20, tag: 20 },
      extraPaths: [],
    });
    expect(errors.map(formatIssue)).toEqual([
      'content/articles/rail-deal.md:7 body: link "/news/port-plan/" leads to an old slug of a renamed article: link to /news/port-expands/',
      'content/articles/rail-deal.md:7 body: [[port-plan]] is an old slug of a renamed article: write [[port-expands]]',
    ]);
  });
});
