import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSource } from '#src/content/frontmatter.ts';
import { TEST_BUILD_ROOT } from '../support/build-site.ts';
import { writeNewsroom } from '../support/fixture-newsroom.ts';
import { runScript } from '../support/run-script.ts';
import { authors, tradeCorridor } from '../support/sample-newsroom.ts';

const contentDir = join(TEST_BUILD_ROOT, 'new-article', 'content');
// 2026-01-01T20:00Z is already 2 January in Karachi.
const env = { CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '1767297600' };

beforeEach(async () => {
  await writeNewsroom(contentDir, { articles: [tradeCorridor], authors });
});

describe('npm run new', () => {
  it('scaffolds an article with today’s dateline in the site zone and the given fields', () => {
    const result = runScript('new-article', ['Envoys Meet: Round Two', '--author', 'john-doe', '--city', 'Doha', '--tags', 'Diplomacy, Gulf'], env);
    expect(result.exitCode, result.output).toBe(0);
    const file = join(contentDir, 'articles', 'envoys-meet-round-two.md');
    const { data } = parseSource(readFileSync(file, 'utf8'));
    expect(data).toMatchObject({
      title: 'Envoys Meet: Round Two',
      dateline: expect.stringMatching(/^2026-01-02T\d\d:\d\d:\d\d\+05:00$/),
      city: 'Doha',
      author: 'john-doe',
      tags: ['Diplomacy', 'Gulf'],
      draft: true,
    });
  });

  it('picks a free slug instead of overwriting an article, in any folder', () => {
    const first = runScript('new-article', ['Ministers Back a New Trade Corridor', '--author', 'john-doe'], env);
    expect(first.exitCode, first.output).toBe(0);
    expect(existsSync(join(contentDir, 'articles', 'ministers-back-a-new-trade-corridor.md'))).toBe(true);
    expect(readFileSync(join(contentDir, 'articles/2025/04/trade-corridor.md'), 'utf8')).toContain('rail and road corridor');
    const second = runScript('new-article', ['Ministers Back a New Trade Corridor', '--author', 'john-doe'], env);
    expect(second.exitCode, second.output).toBe(0);
    expect(existsSync(join(contentDir, 'articles', 'ministers-back-a-new-trade-corridor-2.md'))).toBe(true);
  });

  it('refuses an unknown author and writes nothing', () => {
    const before = readdirSync(join(contentDir, 'articles'));
    const result = runScript('new-article', ['Headline', '--author', 'jon-doe'], env);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('unknown author "jon-doe" (did you mean "john-doe"?)');
    expect(readdirSync(join(contentDir, 'articles'))).toEqual(before);
  });

  it('leaves a scaffold the check rejects until the writer fills it in', () => {
    runScript('new-article', ['A Headline', '--author', 'john-doe'], env);
    const check = runScript('check', [], env);
    expect(check.exitCode).toBe(1);
    expect(check.output).toMatch(/a-headline\.md:\d+ city: must not be blank/);
    expect(check.output).toMatch(/a-headline\.md:\d+ summary: must not be blank/);
  });
});
