import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import {
  breadcrumbJsonLd,
  newsArticleJsonLd,
  profilePageJsonLd,
  serializeJsonLd,
  type JsonLd,
  type NewsArticleSource,
  type Publisher,
} from '#src/seo/json-ld.ts';

const SITE = 'https://dailyinsight.example';

const source = (overrides: Partial<NewsArticleSource> = {}): NewsArticleSource => ({
  url: `${SITE}/news/karachi-port/`,
  headline: 'Karachi Port Expands',
  description: 'Capacity grows by a third.',
  datePublished: '2025-04-15T00:00:00+05:00',
  dateModified: '2025-04-16T09:30:00+05:00',
  dateline: 'Karachi (TDI)',
  authors: [{ name: 'Daniel Okafor', url: `${SITE}/author/daniel-okafor/` }],
  section: 'Economy',
  keywords: ['Economy', 'Karachi'],
  lang: 'en',
  image: { url: `${SITE}/_astro/port-1200.jpg`, width: 1200, height: 800 },
  corrections: [],
  ...overrides,
});

const publisher = (overrides: Partial<Publisher> = {}): Publisher => ({
  name: 'The Daily Insight',
  url: `${SITE}/`,
  logoUrl: `${SITE}/logo-600x60.png`,
  logoWidth: 600,
  logoHeight: 60,
  ...overrides,
});

describe('serializeJsonLd', () => {
  it.each<[string, JsonLd]>([
    ['a closing script tag and a new script', { headline: '</script><script>alert(1)</script>' }],
    ['an HTML comment opener', { description: '<!-- hidden --> and <!--' }],
    ['ampersands and entities', { name: 'Tom & Jerry &amp; &lt;friends&gt;' }],
    ['a greater-than sign', { description: 'a > b' }],
    ['line and paragraph separators', { description: 'one\u2028two\u2029three' }],
    ['markup in a key', { '<b>&key</b>': 'value' }],
    ['nested arrays and objects', { '@graph': [{ name: '<a>' }, { list: ['&', '>', ['</script>']] }] }],
    ['Urdu text and backslashes', { headline: 'کراچی \\ "quoted" \\u003c' }],
    ['numbers, booleans and null', { width: 600, ratio: 1.5, isFree: true, missing: null }],
  ])('writes data with %s so that it parses back unchanged', (_label, data) => {
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });

  it.each<[string, JsonLd]>([
    ['a closing script tag', { headline: '</script><script>alert(1)</script>' }],
    ['an HTML comment opener', { description: '<!-- hidden' }],
    ['an ampersand', { name: 'Tom & Jerry' }],
    ['markup in a key and nested arrays', { '<k>': [['</script>', { x: '&amp;' }]] }],
  ])('writes no <, > or & characters at all for data with %s', (_label, data) => {
    expect(serializeJsonLd(data)).not.toMatch(/[<>&]/);
  });

  it('writes <, > and & as \\u escapes', () => {
    expect(serializeJsonLd({ text: '<&>' })).toBe('{"text":"\\u003c\\u0026\\u003e"}');
  });

  it('escapes U+2028 and U+2029 instead of writing them raw', () => {
    const text = serializeJsonLd({ text: 'a\u2028b\u2029c' });
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(text).toBe('{"text":"a\\u2028b\\u2029c"}');
  });

  it('writes an array of nodes as a JSON array', () => {
    const nodes: JsonLd[] = [{ '@type': 'NewsArticle' }, { '@type': 'BreadcrumbList' }];
    expect(JSON.parse(serializeJsonLd(nodes))).toEqual(nodes);
    expect(serializeJsonLd(nodes).startsWith('[')).toBe(true);
  });

  it('cannot end or add to the script element it is written into', () => {
    const data: JsonLd = {
      headline: '</script><script>alert(1)</script>',
      description: '<!--<script>',
      author: [{ name: '</SCRIPT >' }],
    };
    const html = `<html><head><script type="application/ld+json">${serializeJsonLd(data)}</script></head><body></body></html>`;
    const $ = cheerio.load(html);
    expect($('script')).toHaveLength(1);
    expect(JSON.parse($('script').text())).toEqual(data);
  });
});

describe('newsArticleJsonLd', () => {
  it('describes the article as a NewsArticle with every field', () => {
    expect(newsArticleJsonLd(source(), publisher())).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE}/news/karachi-port/` },
      url: `${SITE}/news/karachi-port/`,
      headline: 'Karachi Port Expands',
      description: 'Capacity grows by a third.',
      datePublished: '2025-04-15T00:00:00+05:00',
      dateModified: '2025-04-16T09:30:00+05:00',
      dateline: 'Karachi (TDI)',
      inLanguage: 'en',
      author: { '@type': 'Person', name: 'Daniel Okafor', url: `${SITE}/author/daniel-okafor/` },
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'The Daily Insight',
        url: `${SITE}/`,
        logo: { '@type': 'ImageObject', url: `${SITE}/logo-600x60.png`, width: 600, height: 60 },
      },
      keywords: ['Economy', 'Karachi'],
      articleSection: 'Economy',
      image: [{ '@type': 'ImageObject', url: `${SITE}/_astro/port-1200.jpg`, width: 1200, height: 800 }],
    });
  });

  it.each([
    ['no section', { section: undefined }],
    ['an empty section', { section: '' }],
  ])('leaves out articleSection for %s', (_label, overrides) => {
    expect(newsArticleJsonLd(source(overrides), publisher())).not.toHaveProperty('articleSection');
  });

  it('leaves out image when there is none', () => {
    expect(newsArticleJsonLd(source({ image: undefined }), publisher())).not.toHaveProperty('image');
  });

  it("gives the photo's ImageObject its caption and credit", () => {
    const image = { url: `${SITE}/a.jpg`, width: 1200, height: 675, caption: 'Cranes at dusk', credit: 'Sana Iqbal/TDI' };
    expect(newsArticleJsonLd(source({ image }), publisher())['image']).toEqual([
      { '@type': 'ImageObject', url: `${SITE}/a.jpg`, width: 1200, height: 675, caption: 'Cranes at dusk', creditText: 'Sana Iqbal/TDI' },
    ]);
  });

  it('names a single author as one Person and co-authors as one Person each, in byline order', () => {
    const authors = [
      { name: 'Amina Rauf', url: `${SITE}/author/amina-rauf/` },
      { name: 'Daniel Okafor', url: `${SITE}/author/daniel-okafor/` },
    ];
    expect(newsArticleJsonLd(source({ authors }), publisher())['author']).toEqual([
      { '@type': 'Person', name: 'Amina Rauf', url: `${SITE}/author/amina-rauf/` },
      { '@type': 'Person', name: 'Daniel Okafor', url: `${SITE}/author/daniel-okafor/` },
    ]);
    expect(newsArticleJsonLd(source({ authors: authors.slice(1) }), publisher())['author']).toEqual({
      '@type': 'Person',
      name: 'Daniel Okafor',
      url: `${SITE}/author/daniel-okafor/`,
    });
  });

  it('lists corrections as CorrectionComments, and none without corrections', () => {
    const corrections = [{ dateIso: '2025-04-17', text: 'An earlier version gave the wrong capacity.' }];
    expect(newsArticleJsonLd(source({ corrections }), publisher())['correction']).toEqual([
      { '@type': 'CorrectionComment', text: 'An earlier version gave the wrong capacity.', datePublished: '2025-04-17' },
    ]);
    expect(newsArticleJsonLd(source(), publisher())).not.toHaveProperty('correction');
  });

  it('survives serialization with a caption and credit that try to close the script element', () => {
    const image = { url: `${SITE}/a.jpg`, width: 1, height: 1, caption: '</script><script>alert(1)</script>', credit: '<!--' };
    const text = serializeJsonLd(newsArticleJsonLd(source({ image }), publisher()));
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text).image[0]).toMatchObject({ caption: image.caption, creditText: image.credit });
  });

  it('keeps an empty keyword list as an empty array', () => {
    expect(newsArticleJsonLd(source({ keywords: [] }), publisher())['keywords']).toEqual([]);
  });

  it('copies keywords so later changes to the source do not leak in', () => {
    const keywords = ['Economy'];
    const node = newsArticleJsonLd(source({ keywords }), publisher());
    keywords.push('Sport');
    expect(node['keywords']).toEqual(['Economy']);
  });

  it('survives serialization with a headline that tries to close the script element', () => {
    const node = newsArticleJsonLd(source({ headline: 'Port </script><script>alert(1)</script>' }), publisher());
    const text = serializeJsonLd(node);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(node);
  });
});

describe('profilePageJsonLd', () => {
  it('describes an author page as a ProfilePage whose main entity is the Person', () => {
    const author = {
      name: 'Amina Rauf',
      url: `${SITE}/author/amina-rauf/`,
      sameAs: ['https://x.example/amina', 'https://mastodon.example/@amina'],
      description: 'Economics correspondent.',
    };
    expect(profilePageJsonLd(author)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: `${SITE}/author/amina-rauf/`,
      mainEntity: {
        '@type': 'Person',
        name: 'Amina Rauf',
        url: `${SITE}/author/amina-rauf/`,
        description: 'Economics correspondent.',
        sameAs: ['https://x.example/amina', 'https://mastodon.example/@amina'],
      },
    });
  });

  it('copies the sameAs list', () => {
    const sameAs = ['https://x.example/amina'];
    const node = profilePageJsonLd({ name: 'A', url: `${SITE}/author/a/`, sameAs, description: '' });
    sameAs.push('https://y.example/amina');
    expect((node['mainEntity'] as JsonLd)['sameAs']).toEqual(['https://x.example/amina']);
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the crumbs from 1 in trail order', () => {
    const node = breadcrumbJsonLd([
      { name: 'Home', url: `${SITE}/` },
      { name: 'Economy', url: `${SITE}/tag/economy/` },
      { name: 'Karachi Port Expands', url: `${SITE}/news/karachi-port/` },
    ]);
    expect(node).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
        { '@type': 'ListItem', position: 2, name: 'Economy', item: `${SITE}/tag/economy/` },
        { '@type': 'ListItem', position: 3, name: 'Karachi Port Expands', item: `${SITE}/news/karachi-port/` },
      ],
    });
  });

  it('gives a single crumb position 1', () => {
    const node = breadcrumbJsonLd([{ name: 'Home', url: `${SITE}/` }]);
    expect(node['itemListElement']).toEqual([{ '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` }]);
  });

  it('gives an empty list for an empty trail', () => {
    expect(breadcrumbJsonLd([])['itemListElement']).toEqual([]);
  });
});
