import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_BUILD_ROOT } from '../support/build-site.ts';
import { toMarkdown, writeNewsroom } from '../support/fixture-newsroom.ts';
import { runScript } from '../support/run-script.ts';
import { authors, embassyTalks, FIXTURE_NOW_EPOCH, tradeCorridor } from '../support/sample-newsroom.ts';

const contentDir = join(TEST_BUILD_ROOT, 'check-annotations', 'content');
const valid = { ...embassyTalks.frontmatter, image: undefined, imageAlt: undefined, imageCaption: undefined, imageCredit: undefined };
const blankTitle = toMarkdown({ frontmatter: { ...valid, title: ' ' }, body: 'Text.' });
const blankTitleLine = blankTitle.split('\n').findIndex((line) => line.startsWith('title:')) + 1;

async function writeBrokenNewsroom(): Promise<void> {
  await writeNewsroom(contentDir, {
    articles: [tradeCorridor],
    authors,
    images: [{ path: 'authors/ayesha-khan.jpg', width: 400, height: 400 }],
    rawFiles: [
      { path: 'articles/blank-title.md', text: blankTitle },
      { path: 'articles/long-summary.md', text: toMarkdown({ frontmatter: { ...valid, summary: 'Long, long. '.repeat(20).trim() }, body: 'Text.' }) },
    ],
  });
}

describe('npm run check under GitHub Actions', () => {
  it('prints each problem as a workflow annotation on its file and line', async () => {
    await writeBrokenNewsroom();
    const result = runScript('check', [], { CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH, GITHUB_ACTIONS: 'true' });
    expect(result.exitCode).toBe(1);
    const annotations = result.output.split('\n').filter((line) => line.startsWith('::'));
    const file = `${contentDir.slice(process.cwd().length + 1)}/articles/blank-title.md`;
    expect(annotations).toContain(
      `::error file=${file},line=${blankTitleLine},title=Content check%3A title::must not be blank`,
    );
    expect(annotations.some((line) => /^::warning file=[^,]*long-summary\.md,line=\d+,title=Content check%3A summary::/.test(line))).toBe(true);
    // The plain report is still there for people reading the log.
    expect(result.output).toMatch(/blank-title\.md:\d+ title: must not be blank/);
  });

  it('prints no annotations elsewhere', async () => {
    await writeBrokenNewsroom();
    const result = runScript('check', [], { CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH, GITHUB_ACTIONS: '' });
    expect(result.exitCode).toBe(1);
    expect(result.output).toMatch(/blank-title\.md:\d+ title: must not be blank/);
    expect(result.output).not.toMatch(/^::/m);
  });
});
