import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, TEST_BUILD_ROOT, type BuildResult } from '../support/build-site.ts';
import { parseWithFeedparser } from '../support/feedparser.ts';
import { writeNewsroom } from '../support/fixture-newsroom.ts';
import { authors, embassyTalks, FIXTURE_NOW_EPOCH, tradeCorridor } from '../support/sample-newsroom.ts';

// Bodies with invisible control characters (pasted from other programs) and an HTML comment
// that never closes: the build publishes them, clean, and says what it did.
const pasted = {
  path: '2025/04/pasted-text.md',
  frontmatter: { ...embassyTalks.frontmatter, title: 'Pasted Text Reaches the Desk', image: undefined, imageAlt: undefined, imageCaption: undefined, imageCredit: undefined, summary: undefined },
  body: 'The minister\u0001 said the talks\u0008 would resume.\n\nA second\u000B paragraph\u0000 follows\u001b.',
};
const unclosed = {
  path: '2025/04/unclosed-comment.md',
  frontmatter: { ...embassyTalks.frontmatter, title: 'A Note Left Open', image: undefined, imageAlt: undefined, imageCaption: undefined, imageCredit: undefined },
  body: 'The lead survives. Read <a href="&#106;avascript:alert(1)">the statement</a>.\n\n<!-- desk: check the figures\n\nThis paragraph is hidden.',
};

let result: BuildResult;

beforeAll(async () => {
  const contentDir = join(TEST_BUILD_ROOT, 'hostile-content', 'content');
  await writeNewsroom(contentDir, {
    articles: [tradeCorridor, { ...embassyTalks, frontmatter: { ...embassyTalks.frontmatter, image: undefined, imageAlt: undefined, imageCaption: undefined, imageCredit: undefined } }, pasted, unclosed],
    authors,
    images: [{ path: 'authors/ayesha-khan.jpg', width: 400, height: 400 }],
  });
  result = await buildSite('hostile-content', contentDir, { SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH });
}, 180_000);

function outputFiles(pattern: RegExp): string[] {
  return readdirSync(result.outDir, { recursive: true, encoding: 'utf8' }).filter((name) => pattern.test(name)).map((name) => join(result.outDir, name));
}

describe('a body with control characters and an unclosed comment', () => {
  it('builds, warning of each in the words of npm run check', () => {
    expect(result.exitCode, result.output).toBe(0);
    expect(result.output).toMatch(/pasted-text\.md:\d+ body: the invisible control character U\+0001 is removed/);
    expect(result.output).toMatch(/pasted-text\.md:\d+ body: the invisible control character U\+000B is removed/);
    expect(result.output).toMatch(/unclosed-comment\.md:\d+ body: an HTML comment "<!--" opens here and never closes/);
    expect(result.output).toMatch(/unclosed-comment\.md:\d+ body: unsafe link "javascript:alert\(1\)": javascript: links run code, so the link is removed/);
  });

  it('removes the entity-encoded script link and keeps its text', () => {
    const html = readFileSync(join(result.outDir, 'news', 'unclosed-comment', 'index.html'), 'utf8');
    expect(html).toContain('the statement');
    expect(html).not.toMatch(/avascript/i);
  });

  it('leaves no control character in any page, feed, sitemap or JSON file', () => {
    const files = outputFiles(/\.(html|xml|json)$/);
    expect(files.length).toBeGreaterThan(10);
    // eslint-disable-next-line no-control-regex
    const offending = files.filter((file) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
    expect(readFileSync(join(result.outDir, 'news', 'pasted-text', 'index.html'), 'utf8')).toContain('The minister said the talks would resume.');
  });

  it('keeps every XML file well-formed, and feedparser reads the feeds without complaint', () => {
    for (const file of outputFiles(/\.xml$/)) expect(XMLValidator.validate(readFileSync(file, 'utf8')), file).toBe(true);
    const feed = parseWithFeedparser(join(result.outDir, 'rss.xml'));
    expect(feed.bozoException).toBe('');
    expect(feed.entries.map((entry) => entry.title)).toContain('Pasted Text Reaches the Desk');
  });
});
