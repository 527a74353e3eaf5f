import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, TEST_BUILD_ROOT, type BuildResult } from '../support/build-site.ts';
import { parseWithFeedparser } from '../support/feedparser.ts';
import { writeNewsroom } from '../support/fixture-newsroom.ts';
import { runScript } from '../support/run-script.ts';
import { FILLER_COUNT, FIXTURE_NOW_EPOCH, sampleNewsroom } from '../support/sample-newsroom.ts';

const contentDir = join(TEST_BUILD_ROOT, 'site', 'content');
let build: BuildResult;

/** Loads a built page; fails the test when it does not exist. */
function page(path: string): cheerio.CheerioAPI {
  const file = join(build.outDir, path.endsWith('/') ? `${path}index.html` : path);
  expect(existsSync(file), `${path} should be built`).toBe(true);
  return cheerio.load(readFileSync(file, 'utf8'));
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  await writeNewsroom(contentDir, sampleNewsroom());
  // A machine far west of the site's zone: date-only datelines must not slip a day.
  build = await buildSite('site', contentDir, { SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH, TZ: 'America/Los_Angeles' });
  if (build.exitCode !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('article page', () => {
  it('shows temperature, city and the long date in the top bar', () => {
    const $ = page('/news/embassy-talks/');
    expect($('.top-bar').text().replace(/\s+/g, ' ')).toContain('31.6 °C');
    expect($('.top-bar').text()).toContain('Islamabad');
    expect($('.top-bar').text()).toContain('Tuesday, April 15, 2025');
  });

  it('keeps a date-only dateline on its calendar day on a machine in another time zone', () => {
    const $ = page('/news/embassy-talks/');
    expect($('.story__byline > time').attr('datetime')).toBe('2025-04-15');
    expect($('.story__byline > time').text()).toBe('Tuesday, April 15, 2025');
  });

  it('writes a date-time dateline with its offset', () => {
    expect(page('/news/trade-corridor/')('.story__byline > time').attr('datetime')).toBe('2025-04-16T09:30:00+05:00');
  });

  it('omits the temperature from the top bar when the article has none', () => {
    const $ = page('/news/trade-corridor/');
    expect($('.top-bar').text()).not.toContain('°C');
    expect($('.top-bar').text()).toContain('Karachi');
  });

  it('shows headline, byline linking the author page and the dateline lead', () => {
    const $ = page('/news/embassy-talks/');
    expect($('h1').text()).toBe('Envoys Meet to Restore Embassy Operations');
    expect($('.story__byline a[rel=author]').attr('href')).toBe('/author/ayesha-khan/');
    expect($('.story__body p').first().text()).toMatch(/^Islamabad \(TDI\): Delegations/);
  });

  it('links each topic to its topic page, merging spellings that differ in case', () => {
    expect(
      page('/news/trade-corridor/')('.topic-links a')
        .map((_, a) => `${cheerio.load(a).text()} ${a.attribs['href']}`)
        .get(),
    ).toEqual(['Trade /tag/trade/', 'Diplomacy /tag/diplomacy/']);
  });

  it('shows the author box with name, site link and bio', () => {
    const box = page('/news/embassy-talks/')('.author-box');
    expect(box.find('.author-box__name a').attr('href')).toBe('/author/ayesha-khan/');
    expect(box.find('a[href="https://ayesha.example.org/"]').length).toBe(1);
    expect(box.text()).toContain('covers diplomacy from Islamabad');
    expect(box.find('img').length).toBe(1);
  });

  it('renders the lead image with its alt text and dimensions', () => {
    const image = page('/news/embassy-talks/')('.story__image img');
    expect(image.attr('alt')).toBe('Flags outside a conference hall');
    expect(Number(image.attr('width'))).toBeGreaterThan(0);
    expect(Number(image.attr('height'))).toBeGreaterThan(0);
  });

  it('shows the engine’s top five related articles, as npm run related explains them', () => {
    const shown = page('/news/embassy-talks/')('.related .teaser__title a')
      .map((_, a) => a.attribs['href'])
      .get();
    const explained = runScript('related', ['embassy-talks'], {
      CONTENT_DIR: contentDir,
      SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH,
    });
    expect(explained.exitCode, explained.output).toBe(0);
    const slugs = [...explained.output.matchAll(/^\s+\d+\. (\S+)/gm)].map((match) => `/news/${match[1]}/`);
    expect(slugs).toHaveLength(5);
    expect(shown).toEqual(slugs);
  });

  it('lists five related articles, never the article itself', () => {
    const links = page('/news/embassy-talks/')('.related a').map((_, a) => a.attribs['href']).get();
    expect(links).toHaveLength(5);
    expect(links).not.toContain('/news/embassy-talks/');
    expect(links[0]).toBe('/news/trade-corridor/');
  });

  it('falls back to the first paragraph, as text, when there is no summary', () => {
    expect(page('/news/trade-corridor/')('meta[name=description]').attr('content')).toBe(
      'Ministers endorsed a rail and road corridor linking inland producers to the coast & beyond.',
    );
  });

  it('keeps an inline Read More link to another article', () => {
    const link = page('/news/trade-corridor/')('.story__body a[href="/news/embassy-talks/"]').first();
    expect(link.text()).toBe('Envoys Meet to Restore Embassy Operations');
  });

  it('shows Trending Now with pinned published articles first, Latest News and Follow us', () => {
    const $ = page('/news/embassy-talks/');
    const trending = $('#list-trending-now').parent().find('li a').map((_, a) => a.attribs['href']).get();
    expect(trending[0]).toBe('/news/trade-corridor/');
    expect(trending).not.toContain('/news/draft-story/');
    expect($('#list-latest-news').parent().find('li').length).toBe(5);
    expect($('.follow-us').text()).toContain('4,846');
    expect($('.follow-us__as-of time').attr('datetime')).toBe('2025-04-01');
  });

  it('fills a [[slug]] reference with the current headline of that article', () => {
    const link = page('/news/trade-corridor/')('.story__body p:contains("See also") a');
    expect(link.attr('href')).toBe('/news/embassy-talks/');
    expect(link.text()).toBe('Envoys Meet to Restore Embassy Operations');
  });

  it('gives outbound links rel=noopener, opening a new tab only where the writer asked', () => {
    const $ = page('/news/trade-corridor/');
    expect($('a[href="https://example.org/ministry"]').attr('rel')).toBe('noopener');
    expect($('a[href="https://example.org/ministry"]').attr('target')).toBeUndefined();
    expect($('a[href="https://example.org/map"]').attr('target')).toBe('_blank');
    expect($('a[href="https://example.org/map"]').attr('rel')).toBe('noopener noreferrer');
    expect($('a[href="/news/embassy-talks/"]').first().attr('rel')).toBeUndefined();
  });

  it('keeps a video embed from an allowed host, sandboxed', () => {
    const frame = page('/news/trade-corridor/')('iframe');
    expect(frame.attr('src')).toBe('https://www.youtube-nocookie.com/embed/corridor01');
    expect(frame.attr('sandbox')).toContain('allow-scripts');
    expect(frame.attr('title')).toBe('Corridor explainer');
    expect(frame.attr('loading')).toBe('lazy');
  });

  it('marks an Urdu article right-to-left', () => {
    const story = page('/news/urdu-report/')('article.story');
    expect(story.attr('lang')).toBe('ur');
    expect(story.attr('dir')).toBe('rtl');
  });

  it('files articles by folder without the folder reaching the URL', () => {
    expect(existsSync(join(build.outDir, 'news/embassy-talks/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'news/2025'))).toBe(false);
  });
});

/** The page's JSON-LD node of `type`, parsed. */
function jsonLdOf($: cheerio.CheerioAPI, type: string): Record<string, unknown> | undefined {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((script) => JSON.parse($(script).text()) as Record<string, unknown>)
    .find((node) => node['@type'] === type);
}

describe('co-authors', () => {
  it('names both authors in the byline, each linking their page, in the order written', () => {
    const $ = page('/news/trade-corridor/');
    expect($('.story__byline').text()).toMatch(/^By John Doe and Ayesha Khan · /);
    expect($('.story__byline a[rel=author]').map((_, a) => a.attribs['href']).get()).toEqual(['/author/john-doe/', '/author/ayesha-khan/']);
    expect($('meta[property="article:author"]').map((_, meta) => meta.attribs['content']).get()).toEqual([
      'https://dailyinsight.example/author/john-doe/',
      'https://dailyinsight.example/author/ayesha-khan/',
    ]);
  });

  it('shows an author box for each author', () => {
    const names = page('/news/trade-corridor/')('.author-box__name a').map((_, a) => a.attribs['href']).get();
    expect(names).toEqual(['/author/john-doe/', '/author/ayesha-khan/']);
  });

  it('gives JSON-LD one Person per author', () => {
    const article = jsonLdOf(page('/news/trade-corridor/'), 'NewsArticle');
    expect(article?.['author']).toEqual([
      { '@type': 'Person', name: 'John Doe', url: 'https://dailyinsight.example/author/john-doe/' },
      { '@type': 'Person', name: 'Ayesha Khan', url: 'https://dailyinsight.example/author/ayesha-khan/' },
    ]);
  });

  it("lists the story on every co-author's page and feed", () => {
    for (const id of ['john-doe', 'ayesha-khan']) {
      expect(page(`/author/${id}/`)('.teaser__title a[href="/news/trade-corridor/"]').length, id).toBe(1);
      const feed = parseWithFeedparser(join(build.outDir, `author/${id}/rss.xml`));
      expect(feed.bozo).toBe(0);
      expect(feed.entries.find((entry) => entry.link.endsWith('/trade-corridor/'))?.authors, id).toEqual(['John Doe', 'Ayesha Khan']);
    }
  });

  it('names both authors in teasers', () => {
    const teaser = page('/tag/trade/')('.teaser').filter((_, el) => cheerio.load(el)('a[href="/news/trade-corridor/"]').length > 0);
    expect(teaser.find('.teaser__meta').text()).toContain('John Doe and Ayesha Khan');
  });
});

describe('caption and credit', () => {
  it('shows the caption and, marked up apart, the credit under the lead image', () => {
    const caption = page('/news/embassy-talks/')('.story__image figcaption');
    expect(caption.find('.story__caption-text').text()).toBe('Flags outside the hall before the second round of talks.');
    expect(caption.find('.story__credit').text()).toBe('Credit: Staff Photographer/TDI');
    expect(caption.find('.story__credit .visually-hidden').text()).toBe('Credit: ');
  });

  it('leaves out the figcaption of a photo without caption or credit, and of an article without a photo', () => {
    expect(page('/news/trade-corridor/')('figcaption').length).toBe(0);
  });

  it("gives the JSON-LD ImageObject the caption and creditText", () => {
    const article = jsonLdOf(page('/news/embassy-talks/'), 'NewsArticle');
    expect((article?.['image'] as Record<string, unknown>[])[0]).toMatchObject({
      '@type': 'ImageObject',
      width: 1200,
      height: 675,
      caption: 'Flags outside the hall before the second round of talks.',
      creditText: 'Staff Photographer/TDI',
    });
  });
});

describe('reading time', () => {
  it('shows the minutes to read in the byline and in teasers', () => {
    expect(page('/news/embassy-talks/')('.story__reading-time').text()).toContain('1 min read');
    expect(page('/news/')('.teaser__meta').first().text()).toMatch(/ · 1 min read$/);
  });
});

describe('corrections', () => {
  it('shows each correction at the end of the article and the latest in the byline', () => {
    const $ = page('/news/embassy-talks/');
    expect($('.story__corrected').text().replace(/\s+/g, ' ').trim()).toBe('· Corrected Apr 17, 2025');
    expect($('.story__corrected a').attr('href')).toBe('#corrections');
    const notice = $('#corrections');
    expect(notice.find('h2').text()).toBe('Correction');
    expect(notice.find('li').text()).toBe('Apr 17, 2025: An earlier version gave the working group ninety days to report; it has sixty.');
    expect(notice.find('time').attr('datetime')).toBe('2025-04-17');
    // At the end of the story: after the body, before the topics and author.
    expect($('.story__body ~ #corrections').length).toBe(1);
  });

  it('gives JSON-LD a CorrectionComment and counts the correction as the last change', () => {
    const $ = page('/news/embassy-talks/');
    const article = jsonLdOf($, 'NewsArticle');
    expect(article?.['correction']).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version gave the working group ninety days to report; it has sixty.',
        datePublished: '2025-04-17T00:00:00+05:00',
      },
    ]);
    expect(article?.['dateModified']).toBe('2025-04-17T00:00:00+05:00');
    expect($('meta[property="article:modified_time"]').attr('content')).toBe('2025-04-17T00:00:00+05:00');
  });

  it('shows no notice on an article without corrections', () => {
    const $ = page('/news/trade-corridor/');
    expect($('#corrections').length).toBe(0);
    expect($('.story__corrected').length).toBe(0);
    expect(jsonLdOf($, 'NewsArticle')).not.toHaveProperty('correction');
  });
});

describe('share links', () => {
  it('links to each network with the canonical URL and headline, labelled, without script', () => {
    const $ = page('/news/embassy-talks/');
    const links = $('.share a').toArray();
    expect(links.map((a) => a.attribs['aria-label'])).toEqual([
      'Share on X',
      'Share on Facebook',
      'Share on WhatsApp',
      'Share on LinkedIn',
      'Share on Telegram',
      'Share by e-mail',
    ]);
    const canonical = $('link[rel=canonical]').attr('href') ?? '';
    for (const a of links) {
      const href = a.attribs['href'] ?? '';
      expect(decodeURIComponent(href), href).toContain(canonical);
      expect(href).toMatch(/^(https:\/\/|mailto:)/);
      expect(a.attribs['target']).toBeUndefined();
    }
    expect(decodeURIComponent(links[0]?.attribs['href'] ?? '')).toContain('Envoys Meet to Restore Embassy Operations');
    expect($('.share script, .share iframe, .share img').length).toBe(0);
  });
});

describe('pictures in lists', () => {
  /** The teaser of `slug` on a page. */
  const teaserOf = ($: cheerio.CheerioAPI, slug: string) =>
    $('.teaser').filter((_, el) => cheerio.load(el)(`.teaser__title a[href="/news/${slug}/"]`).length > 0).first();

  it.each(['/', '/tag/diplomacy/', '/author/ayesha-khan/', '/news/'])('shows the lead photo as a small picture on %s', (path) => {
    const teaser = teaserOf(page(path), 'embassy-talks');
    expect(teaser.hasClass('teaser--with-image')).toBe(true);
    const picture = teaser.find('picture');
    expect(picture.find('source').map((_, source) => source.attribs['type']).get()).toEqual(['image/avif', 'image/webp']);
    const img = picture.find('img');
    expect([img.attr('width'), img.attr('height')]).toEqual(['320', '180']);
    expect(img.attr('alt')).toBe('');
    expect(img.attr('src')).toMatch(/\.jpe?g$/);
    expect(existsSync(join(build.outDir, img.attr('src') ?? ''))).toBe(true);
  });

  it('shows the lead photo in Related News, lazily', () => {
    const img = teaserOf(page('/news/trade-corridor/'), 'embassy-talks').find('img');
    expect(img.attr('loading')).toBe('lazy');
  });

  it('loads the thumbnails of the first teasers at once and the others lazily', () => {
    const $ = page('/author/ayesha-khan/');
    const loading = $('.teaser-list .teaser img').map((_, img) => img.attribs['loading']).get();
    const position = $('.teaser-list .teaser').index(teaserOf($, 'embassy-talks'));
    expect(loading).toEqual([position < 2 ? 'eager' : 'lazy']);
  });

  it('keeps teasers without a photo text only', () => {
    const teaser = teaserOf(page('/news/'), 'trade-corridor');
    expect(teaser.hasClass('teaser--with-image')).toBe(false);
    expect(teaser.find('img, picture').length).toBe(0);
  });

  it('adds one rendition size per photo, whatever the number of lists showing it', () => {
    const sources = new Set<string>();
    for (const path of ['/', '/tag/diplomacy/', '/tag/russia/', '/author/ayesha-khan/', '/news/', '/news/trade-corridor/']) {
      const picture = teaserOf(page(path), 'embassy-talks').find('picture');
      for (const url of [...picture.find('source').map((_, s) => s.attribs['srcset']).get(), picture.find('img').attr('src')]) sources.add(url ?? '');
    }
    // One width, in AVIF, WebP and JPEG.
    expect(sources.size).toBe(3);
  });

  // Pictures the site draws; an <img> a writer types into a body (from another site) is theirs.
  it('gives every <img> the site draws, on every page, a width and a height', () => {
    const missing = allFiles(build.outDir)
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) =>
        cheerio
          .load(readFileSync(file, 'utf8'))('img')
          .not('.story__body img')
          .toArray()
          .filter((img) => !img.attribs['width'] || !img.attribs['height'])
          .map((img) => `${file}: ${img.attribs['src']}`),
      );
    expect(missing).toEqual([]);
  });
});

describe('publish policy', () => {
  it.each(['draft-story', 'future-story'])('publishes %s nowhere', (slug) => {
    expect(existsSync(join(build.outDir, 'news', slug))).toBe(false);
    const leaks = allFiles(build.outDir).filter(
      (file) => /\.(html|xml)$/.test(file) && readFileSync(file, 'utf8').includes(slug),
    );
    expect(leaks).toEqual([]);
  });

  it('reports each held-back file with its reason', () => {
    expect(build.output).toMatch(/draft-story\.md: draft: true/);
    expect(build.output).toMatch(/future-story\.md: scheduled: dateline 2026-03-01T00:00:00\+05:00 is after now/);
    expect(build.output).toContain(`Published ${FILLER_COUNT + 4} articles.`);
  });
});

describe('untrusted frontmatter and Markdown', () => {
  it('escapes frontmatter text and strips scripts, handlers, javascript: URLs, styles and iframes', () => {
    const html = readFileSync(join(build.outDir, 'news/unsafe-markup/index.html'), 'utf8');
    const $ = cheerio.load(html);
    expect($('h1').text()).toBe('Quotes "and" <script>alert(1)</script> & more');
    expect($('script:not([type="application/ld+json"])').length).toBe(0);
    expect($('.story__body script').length).toBe(0);
    expect($('style').length).toBe(0);
    expect($('iframe').length).toBe(0);
    expect($('[onerror]').length).toBe(0);
    expect($('a[href^="javascript:"]').length).toBe(0);
    expect($('.top-bar').text()).toContain('Lahore <b>bold</b>');
  });

  it('loads no script on any page but the search page and the editor (JSON-LD data blocks are not scripts)', () => {
    const withScripts = allFiles(build.outDir).filter(
      (file) =>
        file.endsWith('.html') &&
        cheerio.load(readFileSync(file, 'utf8'))('script:not([type="application/ld+json"])').length > 0,
    );
    expect(withScripts.sort()).toEqual([join(build.outDir, 'admin', 'index.html'), join(build.outDir, 'search', 'index.html')]);
  });
});

describe('listing pages', () => {
  it('lists an author’s newest articles on the head, and full pages numbered from the oldest', () => {
    const head = page('/author/john-doe/');
    expect(head('h1').text()).toBe('John Doe');
    expect(head('.teaser-list .teaser').length).toBe(20);
    expect(head('a[rel=next]').attr('href')).toBe('/author/john-doe/1/');
    expect(head('.teaser-list .teaser__title a').first().attr('href')).toBe('/news/trade-corridor/');
    const oldest = page('/author/john-doe/1/');
    expect(oldest('h1').text()).toBe('John Doe');
    expect(oldest('.teaser-list .teaser').length).toBe(20);
    expect(oldest('.teaser-list .teaser__title a').map((_, a) => a.attribs['href']).get()).toEqual(
      Array.from({ length: 20 }, (_, index) => `/news/filler-${String(20 - index).padStart(2, '0')}/`),
    );
    expect(oldest('a[rel=prev]').attr('href')).toBe('/author/john-doe/');
    expect(oldest('a[rel=next]').length).toBe(0);
    expect(oldest('.pagination').text()).not.toMatch(/of \d/);
  });

  it('gives an author with no published article a page that says so', () => {
    expect(page('/author/idle-writer/')('main').text()).toContain('no published articles yet');
  });

  it('numbers full topic and archive pages from the oldest, and links every one from the head', () => {
    expect(page('/tag/economy/')('a[rel=next]').attr('href')).toBe('/tag/economy/1/');
    expect(page('/tag/economy/1/')('.teaser').length).toBe(20);
    expect(page('/tag/economy/1/')('.page-intro').text()).not.toMatch(/\d+ articles/);
    expect(page('/news/')('a[rel=next]').attr('href')).toBe('/news/page/1/');
    expect(page('/news/')('.pagination__all a').map((_, a) => a.attribs['href']).get()).toEqual(['/news/page/1/']);
    expect(page('/news/page/1/')('.teaser-list .teaser').length).toBe(20);
  });

  it('lists the topics that appear with a topic on its page', () => {
    const related = page('/tag/diplomacy/')('#related-topics-title').parent().find('a').map((_, a) => a.attribs['href']).get();
    expect(related).toEqual(expect.arrayContaining(['/tag/russia/', '/tag/trade/']));
    expect(related).not.toContain('/tag/diplomacy/');
  });

  it('lists every topic with its count on /tag/', () => {
    const items = page('/tag/')('.topic-index li').map((_, li) => cheerio.load(li).text().replace(/\s+/g, ' ').trim()).get();
    expect(items).toContain(`Economy ${FILLER_COUNT}`);
    expect(items).toContain('Diplomacy 2');
  });

  it('shows the lead story, latest news and busiest topics on the home page', () => {
    const $ = page('/');
    expect($('.lead-story a').last().attr('href')).toBe('/news/trade-corridor/');
    expect($('#home-latest').length).toBe(1);
    expect($('#home-topic-economy').length).toBe(1);
    expect($('#list-trending-now').length).toBe(1);
  });

  it('builds a 404 page', () => {
    expect(page('/404.html')('h1').text()).toBe('Page not found');
  });
});

describe('RSS feed', () => {
  it('parses in feedparser with the newest published articles and absolute links', () => {
    const parsed = parseWithFeedparser(join(build.outDir, 'rss.xml'));
    expect(parsed.bozo).toBe(0);
    expect(parsed.entries).toHaveLength(FILLER_COUNT + 4);
    expect(parsed.entries[0]).toMatchObject({
      link: 'https://dailyinsight.example/news/trade-corridor/',
      authors: ['John Doe', 'Ayesha Khan'],
      tags: ['Trade', 'Diplomacy'],
    });
    expect(parsed.entries.map((entry) => entry.link).join()).not.toMatch(/draft-story|future-story/);
  });
});

describe('HTML validity', () => {
  // The project's .htmlvalidate.json: the recommended rules, except the SEO hint on titles over
  // 70 characters, since a headline is the writer's to choose.
  it('builds every page as valid HTML by html-validate', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of allFiles(build.outDir).filter((name) => name.endsWith('.html'))) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${file}:${message.line} ${message.ruleId} ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
