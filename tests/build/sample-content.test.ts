import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';

let build: BuildResult;

beforeAll(async () => {
  build = await buildSite('sample', resolve('content'));
});

describe('the sample newsroom in content/', () => {
  it('builds without warnings or errors', () => {
    expect(build.exitCode, build.output).toBe(0);
    expect(build.output).not.toMatch(/\[(WARN|ERROR)\]|\bwarn(ing)?\b/i);
  });

  it('holds back its draft and its scheduled article, and says so', () => {
    expect(build.output).toMatch(/embargoed-budget-briefing\.md: draft: true/);
    expect(build.output).toMatch(/central-asian-water-summit-preview\.md: scheduled/);
    expect(existsSync(join(build.outDir, 'news/embargoed-budget-briefing'))).toBe(false);
  });

  it('publishes an Urdu article and pages for every author', () => {
    expect(existsSync(join(build.outDir, 'news/karachi-monsoon-preparedness-plan/index.html'))).toBe(true);
    for (const id of ['amina-rauf', 'daniel-okafor', 'sana-iqbal']) {
      expect(existsSync(join(build.outDir, 'author', id, 'index.html'))).toBe(true);
    }
  });
});

describe('the sample newsroom shows every article feature', () => {
  const html = (slug: string) => readFileSync(join(build.outDir, 'news', slug, 'index.html'), 'utf8');
  const articles = () =>
    readdirSync(join(build.outDir, 'news'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(build.outDir, 'news', entry.name, 'index.html')))
      .map((entry) => cheerio.load(html(entry.name)))
      // Old slugs' redirect pages and the archive's numbered pages are not articles.
      .filter(($) => $('article.story').length === 1);

  it('has at least two co-authored articles', () => {
    expect(articles().filter(($) => $('.story__byline a[rel=author]').length > 1).length).toBeGreaterThanOrEqual(2);
  });

  it('gives every lead photo a caption and a credit', () => {
    const figures = articles().flatMap(($) => $('.story__image').toArray().map((figure) => $(figure)));
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.find('.story__caption-text').text()).not.toBe('');
      expect(figure.find('.story__credit').text()).not.toBe('');
    }
  });

  it('has an article with pictures in its body, each with a caption naming who made it', () => {
    const captions = articles().flatMap(($) => $('.story__body figure.story__figure').toArray().map((figure) => $(figure).find('figcaption').text()));
    expect(captions.length).toBeGreaterThanOrEqual(2);
    for (const caption of captions) expect(caption).toMatch(/(Photo|Illustration|Chart|Graphic)[^:.]*: \S/);
  });

  it('has a correction, and a reading time on every article', () => {
    const all = articles();
    expect(all.filter(($) => $('#corrections li').length > 0).length).toBeGreaterThanOrEqual(1);
    for (const $ of all) expect($('.story__reading-time').text()).toMatch(/\d+ min read/);
  });

  it('counts the Urdu article in words as written, between spaces', () => {
    const $ = cheerio.load(html('karachi-monsoon-preparedness-plan'));
    const words = $('.story__body').text().trim().split(/\s+/).length;
    expect($('.story__reading-time').text()).toContain(`${Math.max(1, Math.round(words / 230))} min read`);
  });
});

describe('the home page of the sample newsroom', () => {
  it("shows the lead story's photo with the article page's own renditions, so it adds no file", () => {
    const home = cheerio.load(readFileSync(join(build.outDir, 'index.html'), 'utf8'));
    const href = home('.lead-story__title a').attr('href') ?? '';
    const article = cheerio.load(readFileSync(join(build.outDir, href, 'index.html'), 'utf8'));
    const lead = home('.lead-story picture img');
    expect(lead.length).toBe(1);
    expect(lead.attr('srcset')).toBe(article('.story__image img').attr('srcset'));
    expect([lead.attr('width'), lead.attr('height')]).toEqual([article('.story__image img').attr('width'), article('.story__image img').attr('height')]);
  });
});
