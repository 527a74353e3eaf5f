import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_BUILD_ROOT } from '../support/build-site.ts';
import { toMarkdown, writeNewsroom } from '../support/fixture-newsroom.ts';
import { runScript } from '../support/run-script.ts';
import { HOSTILE_CASES } from '../support/hostile-cases.ts';
import { authors, embassyTalks, FIXTURE_NOW_EPOCH, tradeCorridor } from '../support/sample-newsroom.ts';

const valid = { ...embassyTalks.frontmatter, image: undefined, imageAlt: undefined, imageCaption: undefined, imageCredit: undefined };
const article = (frontmatter: Record<string, unknown>, body = 'Some text.') => toMarkdown({ frontmatter, body });

const deadLink = article(valid, 'Intro.\n\nSee [here](/news/nowhere/).');
const deadLinkLine = deadLink.split('\n').findIndex((line) => line.includes('/news/nowhere/')) + 1;

describe('npm run check', () => {
  it('lists every problem of the newsroom in one run and fails', async () => {
    const contentDir = join(TEST_BUILD_ROOT, 'check-many', 'content');
    await writeNewsroom(contentDir, {
      articles: [tradeCorridor, { ...embassyTalks, frontmatter: valid }],
      authors,
      images: [{ path: 'authors/ayesha-khan.jpg', width: 400, height: 400 }],
      rawFiles: [
        { path: 'articles/blank-title.md', text: article({ ...valid, title: ' ' }) },
        { path: 'articles/hot.md', text: article({ ...valid, temperature: 61 }) },
        { path: 'articles/broken-yaml.md', text: '---\ntitle: [unclosed\ncity: Lahore\n---\nText.\n' },
        { path: 'articles/orphan.md', text: article({ ...valid, author: 'jon-khan' }) },
        { path: 'articles/2023/trade-corridor.md', text: article(valid) },
        { path: 'articles/no-photo.md', text: article({ ...valid, image: './gone.jpg', imageAlt: 'Gone' }) },
        { path: 'articles/dead-link.md', text: deadLink },
        { path: 'articles/to-draft.md', text: article(valid, 'See [[hidden]].') },
        { path: 'articles/hidden.md', text: article({ ...valid, draft: true }) },
      ],
    });
    const result = runScript('check', [], { CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH });
    expect(result.exitCode).toBe(1);
    for (const pattern of [
      /blank-title\.md:\d+ title: must not be blank/,
      /hot\.md:\d+ temperature: must be at most 60 °C/,
      /broken-yaml\.md:\d+ yaml: invalid YAML/,
      /orphan\.md:\d+ author: unknown author "jon-khan"/,
      /articles\/2023\/trade-corridor\.md slug: duplicate slug "trade-corridor"/,
      /no-photo\.md:\d+ image: image not found: "\.\/gone\.jpg"/,
      new RegExp(`dead-link\\.md:${deadLinkLine} body: broken link "/news/nowhere/"`),
      /to-draft\.md:\d+ body: \[\[hidden\]\] points to an article that is not published/,
    ]) {
      expect(result.output).toMatch(pattern);
    }
    expect(result.output).toMatch(/Checked 11 articles and 3 authors in [\d.]+ s: 9 errors/);
  });

  it('reports warnings without failing', async () => {
    const contentDir = join(TEST_BUILD_ROOT, 'check-warnings', 'content');
    await writeNewsroom(contentDir, {
      articles: [
        { ...embassyTalks, frontmatter: { ...embassyTalks.frontmatter, summary: 'Long. '.repeat(40).trim() } },
        { ...tradeCorridor, frontmatter: { ...tradeCorridor.frontmatter, tags: ['Diplomacy'] } },
        { path: 'typo.md', frontmatter: { ...valid, tags: ['Diplomcy'] }, body: 'Text.' },
      ],
      authors,
      images: [
        { path: 'articles/2025/04/embassy.jpg', width: 800, height: 450 },
        { path: 'authors/ayesha-khan.jpg', width: 400, height: 400 },
      ],
    });
    const result = runScript('check', [], { CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH });
    expect(result.exitCode, result.output).toBe(0);
    expect(result.output).toMatch(/embassy-talks\.md:\d+ summary: is 239 characters/);
    expect(result.output).toMatch(/embassy-talks\.md:\d+ image: is 800 px wide; use at least 1200 px/);
    expect(result.output).toMatch(/typo\.md:\d+ tags: "Diplomcy" is used only here; did you mean "Diplomacy"\?/);
    expect(result.output).toMatch(/0 errors, 3 warnings/);
  });

  it.each(HOSTILE_CASES)('refuses $name, as the build does', async ({ name, newsroom, expected }) => {
    const contentDir = join(TEST_BUILD_ROOT, `check-hostile-${name.replace(/[^a-z]+/g, '-')}`, 'content');
    await writeNewsroom(contentDir, newsroom);
    const result = runScript('check', [], { CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH });
    expect(result.exitCode, result.output).toBe(1);
    for (const pattern of expected) expect(result.output).toMatch(pattern);
  });

  it('passes the sample newsroom', () => {
    const result = runScript('check', [], {});
    expect(result.exitCode, result.output).toBe(0);
    expect(result.output).toMatch(/0 errors, 0 warnings/);
  });
});
