import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, TEST_BUILD_ROOT } from '../support/build-site.ts';
import { differingFiles, digestTree } from '../support/digest-tree.ts';
import { toMarkdown, writeNewsroom } from '../support/fixture-newsroom.ts';
import { FIXTURE_NOW_EPOCH, sampleNewsroom } from '../support/sample-newsroom.ts';

// A newsroom's day, step by step: after each change the output of a build that reuses the last
// build's output and caches must equal, byte for byte, a cold build of the same content at the
// same "now".
const root = join(TEST_BUILD_ROOT, 'incremental');
const contentDir = join(root, 'content');
const articles = join(contentDir, 'articles');
/** Half past midnight: a story dated ten minutes ago is published within the current hour. */
let epoch = Number(FIXTURE_NOW_EPOCH) + 1800;

function edit(path: string, change: (text: string) => string): void {
  const file = join(contentDir, path);
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  expect(changed, `${path} did not change`).not.toBe(text);
  writeFileSync(file, changed);
}

async function buildBoth(): Promise<{ incremental: string; differing: string[] }> {
  const env = { SOURCE_DATE_EPOCH: String(epoch) };
  const incremental = await buildSite('incremental-deploy', contentDir, env, { fresh: false });
  expect(incremental.exitCode, incremental.output).toBe(0);
  const cold = await buildSite('incremental-cold', contentDir, env);
  expect(cold.exitCode, cold.output).toBe(0);
  return { incremental: incremental.output, differing: differingFiles(digestTree(incremental.outDir), digestTree(cold.outDir)) };
}

beforeAll(async () => {
  rmSync(join(TEST_BUILD_ROOT, 'incremental-deploy'), { recursive: true, force: true });
  await writeNewsroom(contentDir, sampleNewsroom());
  const first = await buildSite('incremental-deploy', contentDir, { SOURCE_DATE_EPOCH: String(epoch) }, { fresh: false });
  expect(first.exitCode, first.output).toBe(0);
}, 120_000);

const steps: { name: string; change: () => void | Promise<void> }[] = [
  {
    name: 'publishing a story dated ten minutes ago',
    change: () =>
      writeFileSync(
        join(articles, 'breaking.md'),
        toMarkdown({
          frontmatter: { title: 'Storm Closes the Port', dateline: '2026-01-01T00:20:00Z', city: 'Karachi', author: 'john-doe', tags: ['Economy', 'Trade'] },
          body: 'The port closed overnight as a storm passed.',
        }),
      ),
  },
  { name: 'adding a sentence to a body', change: () => edit('articles/filler/filler-05.md', (text) => `${text}\nA late correction to the figures.\n`) },
  { name: 'changing a headline shown in lists and Related News', change: () => edit('articles/2025/04/trade-corridor.md', (text) => text.replace(/^title: .*$/m, 'title: Rail Corridor Deal Signed at Last')) },
  {
    name: 'renaming an article with an alias',
    change: () => {
      renameSync(join(articles, 'filler/filler-07.md'), join(articles, 'filler/filler-seven.md'));
      edit('articles/filler/filler-seven.md', (text) => text.replace(/^title:/m, 'aliases: [filler-07]\ntitle:'));
    },
  },
  { name: 'deleting an article', change: () => rmSync(join(articles, 'filler/filler-03.md')) },
  {
    // Shown on the article, its byline, feeds and sitemap, and on both authors' pages and feeds.
    name: 'correcting an article and changing its photo credit and co-authors',
    change: () =>
      edit('articles/2025/04/embassy-talks.md', (text) =>
        text
          .replace(/^imageCredit: .*$/m, 'imageCredit: Desk Photographer/TDI')
          .replace(/^author: .*$/m, 'author:\n  - ayesha-khan\n  - john-doe')
          .replace(/^corrections:\n/m, 'corrections:\n  - date: 2025-04-20\n    text: The venue was misnamed.\n'),
      ),
  },
  {
    // Same name, other bytes: the article's renditions and its feed items carry the new picture.
    name: 'replacing a picture in a body with another of the same name',
    change: async () => {
      await sharp({ create: { width: 1500, height: 1000, channels: 3, background: '#2f5d8a' } })
        .jpeg({ quality: 70 })
        .toFile(join(articles, '2025/04/seating-plan.jpg'));
    },
  },
  { name: 'publishing a draft', change: () => edit('articles/draft-story.md', (text) => text.replace('draft: true', 'draft: false')) },
  { name: 'adding a topic', change: () => edit('articles/filler/filler-10.md', (text) => text.replace(/^tags:\n/m, 'tags:\n  - Shipping\n')) },
  { name: 'changing an author’s bio', change: () => edit('authors/john-doe.md', (text) => text.replace('writes about trade and markets', 'reports on trade, markets and shipping')) },
  { name: 'changing trending.json', change: () => writeFileSync(join(contentDir, 'data', 'trending.json'), JSON.stringify({ slugs: ['embassy-talks'] })) },
  { name: 'passing an hour boundary', change: () => (epoch += 3600) },
  { name: 'passing a scheduled article’s dateline', change: () => (epoch = Date.UTC(2026, 2, 2) / 1000) },
];

describe('an incremental build after each change equals a cold build', () => {
  it.each(steps)('after $name', async ({ change }) => {
    await change();
    const { differing } = await buildBoth();
    expect(differing).toEqual([]);
  }, 120_000);

  it('reuses pages that did not change rather than rendering them again', async () => {
    edit('articles/filler/filler-12.md', (text) => `${text}\nOne more line.\n`);
    const { incremental, differing } = await buildBoth();
    expect(differing).toEqual([]);
    // Astro marks each page it copied from its cache; the log's lines interleave, so count them.
    const reused = incremental.match(/\((?:restored|cached)\)/g)?.length ?? 0;
    const pages = incremental.match(/├─/g)?.length ?? 0;
    expect(reused).toBeGreaterThan(20);
    expect(reused).toBeLessThan(pages);
  }, 120_000);
});
