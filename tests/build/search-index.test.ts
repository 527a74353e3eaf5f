import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_BASE_PATH,
  FIXTURE_BASE_PATH_SEARCH_BUNDLE_PAGES,
  fixtureSite,
  type FixtureVariant,
} from '../support/fixture-site.ts';
import { urduReport } from '../support/sample-newsroom.ts';

function outputFiles(outDir: string, extension: RegExp): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extension.test(entry.name))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)));
}

function htmlFiles(outDir: string): string[] {
  return outputFiles(outDir, /\.html$/);
}

function load(outDir: string, file: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(join(outDir, file), 'utf8'));
}

describe.each([
  ['root', '/'],
  ['base-path', FIXTURE_BASE_PATH],
] as [FixtureVariant, string][])('the search index of the %s fixture', (variant, base) => {
  it('loads a script on the search page and the editor only (JSON-LD data blocks are not scripts)', async () => {
    const { outDir } = await fixtureSite(variant);
    const withScripts = htmlFiles(outDir).filter(
      (file) => load(outDir, file)('script:not([type="application/ld+json"])').length > 0,
    );
    expect(withScripts.sort()).toEqual(['admin/index.html', 'search/index.html']);
  });

  it('gives the search page only Pagefind’s script and ours, from files, none inline', async () => {
    const { outDir } = await fixtureSite(variant);
    const $ = load(outDir, 'search/index.html');
    const scripts = $('script:not([type="application/ld+json"])')
      .map((_, script) => ({ src: script.attribs['src'], type: script.attribs['type'], text: $(script).text() }))
      .get();
    expect(scripts).toEqual([
      { src: `${base}search/pagefind/pagefind-ui.js`, type: undefined, text: '' },
      { src: `${base}search/search.js`, type: undefined, text: '' },
    ]);
    for (const { src } of scripts) expect(existsSync(join(outDir, (src ?? '').slice(base.length)))).toBe(true);
    expect($(`link[rel=stylesheet][href="${base}search/pagefind/pagefind-ui.css"]`).length).toBe(1);
    expect($('[style], [onclick], [onload]').length).toBe(0);
  });

  it('keeps every script file under search/ or admin/, where their own CSPs cover them all', async () => {
    const { outDir } = await fixtureSite(variant);
    const scripts = outputFiles(outDir, /\.m?js$/);
    expect(scripts).toContain(join('search', 'search.js'));
    expect(scripts).toContain(join('search', 'pagefind', 'pagefind-worker.js'));
    expect(scripts.filter((file) => !file.startsWith(`search${sep}`) && !file.startsWith(`admin${sep}`))).toEqual([]);
  });

  it('passes the main bundle, the site root and the list of other bundles, with the base, to the search box', async () => {
    const { outDir } = await fixtureSite(variant);
    const box = load(outDir, 'search/index.html')('[data-search]');
    expect(box.attr('data-bundle')).toBe(`${base}search/pagefind/`);
    expect(box.attr('data-root')).toBe(base);
    expect(box.attr('data-bundles')).toBe(`${base}search/bundles.json`);
  });

  it('indexes every marked page once, each in a bundle of its <html lang>, all listed for merging', async () => {
    const { outDir, output } = await fixtureSite(variant);
    const manifest = JSON.parse(readFileSync(join(outDir, 'search/bundles.json'), 'utf8')) as {
      bundles: { path: string; language: string }[];
    };
    const bundles = [{ path: 'search/pagefind/', language: 'en' }, ...manifest.bundles];
    const indexed = new Map<string, number>();
    for (const { path, language } of bundles) {
      const entry = JSON.parse(readFileSync(join(outDir, path, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.keys(entry.languages)).toEqual([language]);
      const pages = entry.languages[language]?.page_count ?? 0;
      if (variant === 'base-path') expect(pages).toBeLessThanOrEqual(FIXTURE_BASE_PATH_SEARCH_BUNDLE_PAGES);
      indexed.set(language, (indexed.get(language) ?? 0) + pages);
    }
    if (variant === 'base-path') expect(bundles.length).toBeGreaterThan(2);
    else expect(bundles).toEqual([{ path: 'search/pagefind/', language: 'en' }, { path: 'search/bundles/ur-1/', language: 'ur' }]);
    const marked = new Map<string, number>();
    for (const file of htmlFiles(outDir)) {
      const $ = load(outDir, file);
      if ($('[data-pagefind-body]').length === 0) continue;
      const lang = $('html').attr('lang') ?? '';
      marked.set(lang, (marked.get(lang) ?? 0) + 1);
    }
    expect(Object.fromEntries(indexed)).toEqual(Object.fromEntries(marked));
    expect(marked.get('ur')).toBe(1);
    expect(output).toMatch(/Search index: \d+ pages \(en \d+, ur 1\) in \d+ bundles \(0 reused\) in [\d.]+ s/);
  });
});

describe('what the index reads', () => {
  it('marks the article, and nothing on list pages, as the part to index', async () => {
    const { outDir } = await fixtureSite();
    const marked = htmlFiles(outDir).filter((file) => load(outDir, file)('[data-pagefind-body]').length > 0);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((file) => /^news\/[^/]+\/index\.html$/.test(file))).toBe(true);
    const $ = load(outDir, 'news/trade-corridor/index.html');
    expect($('[data-pagefind-body]').is('article.story')).toBe(true);
    // A co-authored story: one Author filter value per author, so either finds it.
    expect($('[data-pagefind-filter="Author"]').map((_, element) => $(element).text()).get()).toEqual(['John Doe', 'Ayesha Khan']);
    expect($('[data-pagefind-filter="Topic"]').map((_, li) => $(li).text()).get()).toEqual(['Trade', 'Diplomacy']);
    expect($('.author-box').closest('[data-pagefind-ignore]').length).toBe(1);
  });

  it('gives an Urdu article an Urdu root while its frame stays English', async () => {
    const { outDir } = await fixtureSite();
    const $ = load(outDir, 'news/urdu-report/index.html');
    expect($('html').attr('lang')).toBe('ur');
    expect($('body').attr('lang')).toBe('en');
    expect($('article.story').attr('lang')).toBe('ur');
    expect($('h1').text()).toBe(urduReport.frontmatter['title']);
    const english = load(outDir, 'news/embassy-talks/index.html');
    expect(english('html').attr('lang')).toBe('en');
    expect(english('body').attr('lang')).toBeUndefined();
  });
});
