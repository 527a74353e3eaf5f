import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCardPng } from '#src/share-cards/card-png.ts';
import { socialCardSvg } from '#src/share-cards/card-svg.ts';
import { LEAD_IMAGE_SIZES } from '#src/ui/responsive-images.ts';
import type { BuildResult } from '../support/build-site.ts';
import { fixtureSite } from '../support/fixture-site.ts';

const SITE = 'https://dailyinsight.example';
let build: BuildResult;

beforeAll(async () => {
  build = await fixtureSite('root');
});

function page(path: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));
}

/** The dist file a site URL or path is served from. */
function builtFile(url: string): string {
  return join(build.outDir, decodeURIComponent(new URL(url, SITE).pathname));
}

/** The URLs of a srcset, without their descriptors. */
function srcsetUrls(srcset: string | undefined): string[] {
  return (srcset ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
}

describe('the lead image', () => {
  const lead = () => page('news/embassy-talks')('.story__image picture');

  it('offers AVIF and WebP sources with widths for the column, best first', () => {
    const sources = lead().find('source').toArray();
    expect(sources.map((source) => source.attribs['type'])).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) {
      // The fixture's photo is 1600 px wide: 1632 gives way to the original width.
      expect(source.attribs['srcset']).toMatch(/ 480w, .* 816w, .* 1200w, .* 1600w$/);
      expect(source.attribs['sizes']).toBe(LEAD_IMAGE_SIZES);
    }
  });

  it('falls back to a 1200 px JPEG <img> with its size, fetched first', () => {
    const img = lead().find('img');
    expect(img.attr('src')).toMatch(/\.jpe?g$/);
    expect(img.attr('srcset')).toMatch(/ 480w, .* 1600w$/);
    expect(img.attr('alt')).toBe('Flags outside a conference hall');
    expect([img.attr('width'), img.attr('height')]).toEqual(['1200', '675']);
    expect(img.attr('loading')).toBe('eager');
    expect(img.attr('fetchpriority')).toBe('high');
  });

  it('writes every rendition it names, in the format it claims', async () => {
    const picture = lead();
    const expected = { 'image/avif': 'heif', 'image/webp': 'webp' } as const;
    for (const source of picture.find('source').toArray()) {
      const format = expected[source.attribs['type'] as keyof typeof expected];
      for (const url of srcsetUrls(source.attribs['srcset'])) {
        expect((await sharp(builtFile(url)).metadata()).format, url).toBe(format);
      }
    }
    for (const url of srcsetUrls(picture.find('img').attr('srcset'))) {
      expect((await sharp(builtFile(url)).metadata()).format, url).toBe('jpeg');
    }
  });
});

describe('author avatars', () => {
  it('are lazy 72 px pictures with AVIF and WebP at 2×, on articles and author pages', () => {
    for (const path of ['news/embassy-talks', 'author/ayesha-khan']) {
      const picture = page(path)('.author-box picture');
      expect(picture.find('source').toArray().map((source) => source.attribs['type'])).toEqual(['image/avif', 'image/webp']);
      expect(picture.find('source').first().attr('srcset')).toMatch(/\.avif, \S+\.avif 2x$/);
      const img = picture.find('img');
      expect(img.attr('loading')).toBe('lazy');
      expect([img.attr('width'), img.attr('height')]).toEqual(['72', '72']);
    }
  });

  it('are left out for authors without one', () => {
    expect(page('author/john-doe')('.author-box picture')).toHaveLength(0);
  });
});

describe('share images', () => {
  function shareImageOf(path: string) {
    const $ = page(path);
    const article = $('script[type="application/ld+json"]')
      .toArray()
      .map((script) => JSON.parse($(script).text()) as { '@type': string; image?: unknown })
      .find((node) => node['@type'] === 'NewsArticle');
    return {
      og: $('meta[property="og:image"]').attr('content') ?? '',
      size: [$('meta[property="og:image:width"]').attr('content'), $('meta[property="og:image:height"]').attr('content')],
      twitter: $('meta[name="twitter:image"]').attr('content'),
      jsonLd: JSON.stringify(article?.image),
    };
  }

  it('is the lead image’s 1200 px JPEG where there is one', () => {
    const image = shareImageOf('news/embassy-talks');
    expect(image.og).toMatch(/^https:\/\/dailyinsight\.example\/_astro\/embassy\.[\w-]+\.jpe?g$/);
    expect(image.size).toEqual(['1200', '675']);
    expect(existsSync(builtFile(image.og))).toBe(true);
  });

  it('is a drawn 1200×630 PNG card for an article without an image, in Open Graph, Twitter and JSON-LD', async () => {
    const image = shareImageOf('news/trade-corridor');
    expect(image.og).toBe(`${SITE}/news/trade-corridor/card.png`);
    expect(image.size).toEqual(['1200', '630']);
    expect(image.twitter).toBe(image.og);
    expect(image.jsonLd).toContain(image.og);
    const card = await sharp(builtFile(image.og)).metadata();
    expect([card.format, card.width, card.height]).toEqual(['png', 1200, 630]);
  });

  it('draws no card for an article that has a lead image', () => {
    expect(existsSync(join(build.outDir, 'news/embassy-talks/card.png'))).toBe(false);
  });

  it('draws the Urdu headline right-aligned, in Nastaliq', async () => {
    const file = join(build.outDir, 'news/urdu-report/card.png');
    expect(existsSync(file)).toBe(true);
    // The headline band, between the topic and the rule: where is the ink?
    const band = { left: 0, top: 140, width: 1200, height: 370 };
    const { data, info } = await sharp(file).extract(band).greyscale().raw().toBuffer({ resolveWithObject: true });
    let [minX, maxX, minY, maxY] = [Infinity, -1, Infinity, -1];
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        if ((data[y * info.width + x] ?? 255) > 100) continue;
        [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
      }
    }
    // A one-line headline anchored at the right margin (1120 px), not at the left one (80 px).
    expect(maxX).toBeGreaterThan(1080);
    expect(minX).toBeGreaterThan(300);
    // Nastaliq's letters climb diagonally: this line stands about 150 px tall, where a fallback
    // to Naskh or DejaVu Sans (the font missing) draws it under 60 px.
    expect(maxY - minY).toBeGreaterThan(100);
  });

  it('draws the same card to the same bytes', async () => {
    const svg = socialCardSvg({
      headline: 'کراچی میں بارش کے بعد صفائی مہم',
      topic: 'Climate',
      siteName: 'The Daily Insight',
      siteHost: 'dailyinsight.example',
      lang: 'ur',
      dir: 'rtl',
    });
    expect(Buffer.compare(await renderCardPng(svg), await renderCardPng(svg))).toBe(0);
  });
});

describe('feeds', () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

  it('carry media:content only for articles with a real lead image, never a drawn card', () => {
    const items = xml.parse(readFileSync(join(build.outDir, 'rss.xml'), 'utf8')).rss.channel.item as {
      link: string;
      'media:content'?: { '@url': string };
    }[];
    const withMedia = items.filter((item) => item['media:content']).map((item) => item.link);
    expect(withMedia).toEqual([`${SITE}/news/embassy-talks/`]);
    expect(items.find((item) => item.link.endsWith('/trade-corridor/'))).toBeDefined();
  });

  it('give JSON Feed items an image only where the article has one', () => {
    const feed = JSON.parse(readFileSync(join(build.outDir, 'feed.json'), 'utf8')) as { items: { url: string; image?: string }[] };
    const withImage = feed.items.filter((item) => item.image);
    expect(withImage.map((item) => item.url)).toEqual([`${SITE}/news/embassy-talks/`]);
    expect(feed.items.some((item) => item.image?.endsWith('card.png'))).toBe(false);
  });
});

describe('pictures beside the Markdown in an article body', () => {
  const body = () => page('news/embassy-talks')('.story__body');
  const figures = () => body().find('figure.story__figure').toArray().map((figure) => cheerio.load(figure).root());

  it('are responsive pictures with AVIF and WebP sources at the lead image’s widths, lazy, with their size', () => {
    const [seating] = figures();
    const picture = seating?.find('picture');
    expect(picture?.find('source').toArray().map((source) => source.attribs['type'])).toEqual(['image/avif', 'image/webp']);
    for (const source of picture?.find('source').toArray() ?? []) {
      expect(source.attribs['srcset']).toMatch(/ 480w, .* 816w, .* 1200w, .* 1600w$/);
      expect(source.attribs['sizes']).toBe(LEAD_IMAGE_SIZES);
    }
    const img = picture?.find('img');
    expect(img?.attr('src')).toMatch(/\/_astro\/seating-plan\.[\w-]+\.jpe?g$/);
    expect(img?.attr('alt')).toBe('Seating plan of the two delegations around an oval table');
    expect([img?.attr('width'), img?.attr('height')]).toEqual(['1200', '750']);
    expect([img?.attr('loading'), img?.attr('decoding')]).toEqual(['lazy', 'async']);
  });

  it('stand in a figure in place of their paragraph, the title as an escaped caption', () => {
    const [seating] = figures();
    expect(body().children('figure.story__figure').length).toBe(2);
    expect(seating?.find('figcaption').text()).toBe('Where the delegations sat. Graphic: TDI desk <staff>');
    expect(body().html()).not.toMatch(/newsroom-picture|<staff>/);
    expect(body().find('p > figure, p > picture').length).toBe(0);
  });

  it('render a picture marked decorative with empty alt text and no caption', () => {
    const [, divider] = figures();
    const img = divider?.find('img');
    expect(img?.attr('src')).toMatch(/\/divider\.[\w-]+\.jpe?g$/);
    expect(img?.attr('alt')).toBe('');
    expect([img?.attr('width'), img?.attr('height')]).toEqual(['600', '40']);
    expect(divider?.find('figcaption').length).toBe(0);
  });

  it('write every rendition they name', () => {
    for (const picture of body().find('picture').toArray()) {
      const $ = cheerio.load(picture);
      const urls = [...$('source').toArray().flatMap((source) => srcsetUrls(source.attribs['srcset'])), ...srcsetUrls($('img').attr('srcset'))];
      for (const url of urls) expect(existsSync(builtFile(url)), url).toBe(true);
    }
  });

  /** The body pictures of the embassy-talks item of a feed's content HTML: each a plain <img>. */
  function feedPictures(html: string): { src: string; alt: string; width: string; height: string; caption: string }[] {
    const $ = cheerio.load(html);
    expect($('picture, source, [srcset]').length).toBe(0);
    return $('figure').toArray().map((figure) => {
      const img = $(figure).find('img');
      return {
        src: img.attr('src') ?? '',
        alt: img.attr('alt') ?? 'none',
        width: img.attr('width') ?? '',
        height: img.attr('height') ?? '',
        caption: $(figure).find('figcaption').text(),
      };
    });
  }

  async function expectFeedPictures(pictures: ReturnType<typeof feedPictures>): Promise<void> {
    expect(pictures.map(({ src: _src, ...rest }) => rest)).toEqual([
      { alt: 'Seating plan of the two delegations around an oval table', width: '1200', height: '750', caption: 'Where the delegations sat. Graphic: TDI desk <staff>' },
      { alt: '', width: '600', height: '40', caption: '' },
    ]);
    for (const [picture, width] of pictures.map((picture, index) => [picture, [1200, 600][index]] as const)) {
      // An absolute URL of the JPEG the page's <picture> offers at that width.
      expect(picture.src).toMatch(/^https:\/\/dailyinsight\.example\/_astro\/\S+\.jpe?g$/);
      const file = await sharp(builtFile(picture.src)).metadata();
      expect([file.format, file.width]).toEqual(['jpeg', width]);
    }
    expect(body().html()).toContain(new URL(pictures[0]?.src ?? '').pathname);
  }

  it('reach RSS content:encoded as plain 1200 px (or narrower) JPEGs with absolute URLs', async () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    const items = xml.parse(readFileSync(join(build.outDir, 'rss.xml'), 'utf8')).rss.channel.item as { link: string; 'content:encoded': string }[];
    const item = items.find((candidate) => candidate.link === `${SITE}/news/embassy-talks/`);
    await expectFeedPictures(feedPictures(item?.['content:encoded'] ?? ''));
  });

  it('reach JSON Feed content_html the same way', async () => {
    const feed = JSON.parse(readFileSync(join(build.outDir, 'feed.json'), 'utf8')) as { items: { url: string; content_html: string }[] };
    const item = feed.items.find((candidate) => candidate.url === `${SITE}/news/embassy-talks/`);
    await expectFeedPictures(feedPictures(item?.content_html ?? ''));
  });
});
