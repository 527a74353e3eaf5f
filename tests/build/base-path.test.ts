import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../support/build-site.ts';
import { FIXTURE_BASE_PATH as BASE, fixtureSite } from '../support/fixture-site.ts';

let build: BuildResult;

function builtFiles(extension: string): string[] {
  return readdirSync(build.outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The dist file a site path is served from, once the base is taken off. */
function fileFor(path: string): string {
  const local = decodeURIComponent(path.slice(BASE.length - 1).split(/[?#]/)[0] ?? '');
  return join(build.outDir, local.endsWith('/') ? `${local}index.html` : local);
}

beforeAll(async () => {
  build = await fixtureSite('base-path');
});

describe('a site served under a base path', () => {
  it('puts the base in front of every link, image and stylesheet, and each one resolves', () => {
    const problems: string[] = [];
    for (const file of builtFiles('.html')) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      $('[href], [src]').each((_, element) => {
        const url = element.attribs['href'] ?? element.attribs['src'] ?? '';
        if (!url.startsWith('/') || url.startsWith('//')) return;
        const page = relative(build.outDir, file);
        if (!url.startsWith(BASE)) problems.push(`${page}: ${url} lacks the base`);
        else if (!existsSync(fileFor(url))) problems.push(`${page}: ${url} has no file`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('rewrites the links writers wrote from the site root, and [[slug]] references', () => {
    const $ = cheerio.load(readFileSync(join(build.outDir, 'news/trade-corridor/index.html'), 'utf8'));
    const links = $('.story__body a').map((_, a) => a.attribs['href']).get();
    expect(links.filter((href) => href.endsWith('/news/embassy-talks/'))).toEqual([
      '/news-site/news/embassy-talks/',
      '/news-site/news/embassy-talks/',
    ]);
  });

  it('uses the base in feeds, sitemaps and robots.txt', () => {
    const site = 'https://dailyinsight.example/news-site/';
    expect(readFileSync(join(build.outDir, 'rss.xml'), 'utf8')).toContain(`<link>${site}news/trade-corridor/</link>`);
    expect(readFileSync(join(build.outDir, 'rss.xml'), 'utf8')).toContain(`href=&quot;${site}news/embassy-talks/&quot;`);
    expect(readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${site}news/embassy-talks/</loc>`);
    expect(readFileSync(join(build.outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}sitemap-index.xml`);
    expect(JSON.parse(readFileSync(join(build.outDir, 'feed.json'), 'utf8')).feed_url).toBe(`${site}feed.json`);
  });
});
