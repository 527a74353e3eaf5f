import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, TEST_BUILD_ROOT } from '../support/build-site.ts';
import { HOSTILE_CASES, NOT_A_CONTENT_MESSAGE } from '../support/hostile-cases.ts';
import { toMarkdown, writeNewsroom, type FixtureNewsroom } from '../support/fixture-newsroom.ts';
import { authors, embassyTalks, FIXTURE_NOW_EPOCH, tradeCorridor } from '../support/sample-newsroom.ts';

const valid = { ...embassyTalks.frontmatter, image: undefined, imageAlt: undefined, imageCaption: undefined, imageCredit: undefined };

/** A small valid newsroom plus one broken file; the build must fail naming file and field. */
function withBrokenFile(path: string, text: string): FixtureNewsroom {
  return {
    // trade-corridor links to embassy-talks, so both are here.
    articles: [tradeCorridor, { ...embassyTalks, frontmatter: valid }],
    authors,
    rawFiles: [{ path, text }],
    images: [{ path: 'authors/ayesha-khan.jpg', width: 400, height: 400 }],
  };
}

const article = (frontmatter: Record<string, unknown>) => toMarkdown({ frontmatter, body: 'Some text.' });

const cases: { name: string; newsroom: FixtureNewsroom; expected: RegExp[] }[] = [
  {
    name: 'a temperature outside the plausible range',
    newsroom: withBrokenFile('articles/hot.md', article({ ...valid, temperature: 75 })),
    expected: [/articles\/hot\.md:\d+ temperature: must be at most 60 °C/],
  },
  {
    name: 'a blank title',
    newsroom: withBrokenFile('articles/blank.md', article({ ...valid, title: '   ' })),
    expected: [/articles\/blank\.md:\d+ title: must not be blank/],
  },
  {
    name: 'a missing dateline',
    newsroom: withBrokenFile('articles/undated.md', article({ ...valid, dateline: undefined })),
    expected: [/articles\/undated\.md dateline: is required/],
  },
  {
    name: 'a YAML syntax error',
    newsroom: withBrokenFile('articles/broken-yaml.md', '---\ntitle: "Unclosed\ncity: Lahore\n---\nText.\n'),
    expected: [/articles\/broken-yaml\.md:\d+ yaml: invalid YAML/],
  },
  {
    name: 'an unknown author',
    newsroom: withBrokenFile('articles/orphan.md', article({ ...valid, author: 'ayesha-kahn' })),
    expected: [/articles\/orphan\.md:\d+ author: unknown author "ayesha-kahn" \(did you mean "ayesha-khan"\?\)/],
  },
  {
    name: 'two articles with the same slug',
    newsroom: withBrokenFile('articles/2024/trade-corridor.md', article(valid)),
    expected: [
      /articles\/2024\/trade-corridor\.md slug: duplicate slug "trade-corridor": also used by .*articles\/2025\/04\/trade-corridor\.md/,
      /articles\/2025\/04\/trade-corridor\.md slug: duplicate slug/,
    ],
  },
  {
    name: 'a link to a page that does not exist',
    newsroom: withBrokenFile('articles/dead-link.md', toMarkdown({ frontmatter: valid, body: 'Intro.\n\nSee [this](/news/no-such-story/).' })),
    expected: [/articles\/dead-link\.md:\d+ body: broken link "\/news\/no-such-story\/": no page at \/news\/no-such-story\//],
  },
  {
    name: 'a link to a draft',
    newsroom: {
      ...withBrokenFile('articles/points-at-draft.md', toMarkdown({ frontmatter: valid, body: 'See [[secret-plan]].' })),
      rawFiles: [
        { path: 'articles/points-at-draft.md', text: toMarkdown({ frontmatter: valid, body: 'See [[secret-plan]].' }) },
        { path: 'articles/secret-plan.md', text: article({ ...valid, draft: true }) },
      ],
    },
    expected: [/points-at-draft\.md:\d+ body: \[\[secret-plan\]\] points to an article that is not published/],
  },
  {
    name: 'a missing image file',
    newsroom: withBrokenFile('articles/no-photo.md', article({ ...valid, image: './gone.jpg', imageAlt: 'A photo' })),
    expected: [/articles\/no-photo\.md:\d+ image: image not found: "\.\/gone\.jpg"/],
  },
];

describe('bad input fails the build, naming the file and the field', () => {
  it.each(cases)('fails on $name', async ({ name, newsroom, expected }) => {
    const slug = name.replace(/[^a-z]+/g, '-');
    const contentDir = join(TEST_BUILD_ROOT, `bad-${slug}`, 'content');
    await writeNewsroom(contentDir, newsroom);
    const result = await buildSite(`bad-${slug}`, contentDir, { SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH });
    expect(result.exitCode).toBe(1);
    for (const pattern of expected) expect(result.output).toMatch(pattern);
    expect(result.output).not.toMatch(NOT_A_CONTENT_MESSAGE);
  }, 60_000);

  it.each(HOSTILE_CASES)('fails on $name in the words of npm run check, without a stack trace', async ({ name, newsroom, expected }) => {
    const slug = `hostile-${name.replace(/[^a-z]+/g, '-')}`;
    const contentDir = join(TEST_BUILD_ROOT, slug, 'content');
    await writeNewsroom(contentDir, newsroom);
    const result = await buildSite(slug, contentDir, { SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH });
    expect(result.exitCode, result.output).toBe(1);
    for (const pattern of expected) expect(result.output).toMatch(pattern);
    expect(result.output).not.toMatch(NOT_A_CONTENT_MESSAGE);
  }, 60_000);

  it('reports every problem of a commit in one run', async () => {
    const contentDir = join(TEST_BUILD_ROOT, 'bad-many', 'content');
    await writeNewsroom(contentDir, {
      ...withBrokenFile('articles/hot.md', article({ ...valid, temperature: -120 })),
      rawFiles: [
        { path: 'articles/hot.md', text: article({ ...valid, temperature: -120 }) },
        { path: 'articles/orphan.md', text: article({ ...valid, author: 'nobody-at-all' }) },
      ],
    });
    const result = await buildSite('bad-many', contentDir, { SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH });
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('Content has 2 problems');
    expect(result.output).toMatch(/hot\.md:\d+ temperature: must be at least -90 °C/);
    expect(result.output).toMatch(/orphan\.md:\d+ author: unknown author "nobody-at-all"/);
  }, 60_000);

  it('fails on a trending slug that names no article', async () => {
    const contentDir = join(TEST_BUILD_ROOT, 'bad-trending', 'content');
    await writeNewsroom(contentDir, {
      ...withBrokenFile('articles/fine.md', article(valid)),
      data: { 'trending.json': { slugs: ['no-such-story'] } },
    });
    const result = await buildSite('bad-trending', contentDir, { SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH });
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toMatch(/data\/trending\.json:\d+ slugs: no article "no-such-story"/);
  }, 60_000);
});
