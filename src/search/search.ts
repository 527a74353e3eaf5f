import { compareText } from '../build/order.ts';
import { SEARCH_BUNDLE_DIR } from '../config/urls.ts';

/**
 * Search with Pagefind: how the article pages are split into search bundles, and the build's
 * one-line report. Pagefind keeps one index per `<html lang>` value, lower-cased, and a page
 * searches only the index of its own language unless it merges the others in.
 */

/** Pagefind's key for a page language: the `lang` attribute, lower-cased. */
export function searchIndexLanguage(lang: string): string {
  return lang.toLowerCase();
}

/** An article page to index. */
export interface SearchPage {
  slug: string;
  lang: string;
  /** Publication instant, ISO 8601: bundles fill in publication order. */
  published: string;
}

/** One Pagefind bundle: the pages of one language it indexes, and its folder in the output. */
export interface SearchBundle {
  /** Folder relative to the output root, ending in `/`. */
  dir: string;
  /** Pagefind's language key of every page in it. */
  language: string;
  /** Sorted slugs. */
  slugs: string[];
}

/**
 * Pages per bundle by default. Pagefind holds every page of a run in memory until it writes its
 * bundle, so bounded bundles keep the step's memory flat however large the archive grows;
 * readers' browsers fetch one small entry file per bundle (figures: docs/performance.md).
 */
export const PAGES_PER_SEARCH_BUNDLE = 5000;

/**
 * Smaller bundles for the newest pages, which do not yet fill a whole one: a bundle of at most
 * 1,000, and the newest of all in bundles of 200, so a publish indexes at most 200 pages again
 * (an edit, the pages of its own bundle), and a reader's first search fetches a few more small
 * entry files. Whenever the pages of a size add up to one bundle of the size above, they become
 * one (once per thousand publishes, and per five thousand).
 */
export const SEARCH_BUNDLE_SIZES: readonly number[] = [PAGES_PER_SEARCH_BUNDLE, 1000, 200];

/** Folder of the first bundle: Pagefind's scripts and styles that the search page loads live there. */
export const MAIN_SEARCH_BUNDLE_DIR = `${SEARCH_BUNDLE_DIR}/`;
/** Folder of the other bundles; not under the main one, as Pagefind skips merging those. */
export const MORE_SEARCH_BUNDLES_DIR = 'search/bundles/';

/**
 * Splits the pages into bundles: by language (the site's own first, then the others in code-unit
 * order, as a bundle holds one language so its index is whole), then in publication order (then
 * slug) into as many whole bundles of the first size as the pages fill, then of each smaller
 * size in turn, the newest pages into bundles of the last size. A news archive grows at its
 * newest end, so a new article changes only the last small bundle and an edit only its own: the
 * others are reused from the last build. The first bundle is the main one; the others are named
 * `<language>-<n>`. `pagesPerBundle` (tests, small sites) gives sizes of it, a fifth and a
 * twenty-fifth. Deterministic: the same pages give the same bundles.
 */
export function planSearchBundles(pages: readonly SearchPage[], siteLanguage: string, pagesPerBundle?: number): SearchBundle[] {
  const sizes =
    pagesPerBundle === undefined ? SEARCH_BUNDLE_SIZES : [pagesPerBundle, Math.ceil(pagesPerBundle / 5), Math.ceil(pagesPerBundle / 25)];
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`pages per search bundle must be a whole number of at least 1, not ${size}`);
  }
  const byLanguage = new Map<string, SearchPage[]>();
  for (const page of pages) {
    const language = searchIndexLanguage(page.lang);
    const group = byLanguage.get(language) ?? [];
    group.push(page);
    byLanguage.set(language, group);
  }
  const own = searchIndexLanguage(siteLanguage);
  const languages = [...byLanguage.keys()].sort((a, b) => (a === own ? -1 : b === own ? 1 : compareText(a, b)));
  const bundles: SearchBundle[] = [];
  for (const language of languages) {
    const slugs = (byLanguage.get(language) ?? [])
      .sort((a, b) => compareText(a.published, b.published) || compareText(a.slug, b.slug))
      .map((page) => page.slug);
    let start = 0;
    let part = 1;
    sizes.forEach((size, tier) => {
      const last = tier === sizes.length - 1;
      for (; last ? start < slugs.length : slugs.length - start >= size; start += size, part++) {
        const dir = bundles.length === 0 ? MAIN_SEARCH_BUNDLE_DIR : `${MORE_SEARCH_BUNDLES_DIR}${language}-${part}/`;
        bundles.push({ dir, language, slugs: slugs.slice(start, start + size) });
      }
    });
  }
  return bundles;
}

/**
 * What Pagefind is given of an article page: a document of the root's language and the element
 * marked `data-pagefind-body` (headline, body, byline, filters, meta), without the frame around
 * it (sidebars list the latest articles and change with every new one). Pagefind reads nothing
 * else of a page with a marked element, so it indexes such a document as it indexes the whole
 * page (checked file by file, docs/performance.md) from a fraction of the bytes. Two pages
 * with the same document give the same index, so a bundle whose pages all kept theirs is
 * reused. The whole page when it has no marked element.
 */
export function searchDocument(html: string): string {
  // Kept as regular expressions: a full HTML parse of every article page made the 10,000-article
  // build's search step much slower (docs/performance.md, "Hand-written helpers kept").
  const lang = /<html\b[^>]*?\slang="([^"]*)"/.exec(html)?.[1];
  const start = html.search(/<article\b[^>]*\sdata-pagefind-body\b/);
  if (start < 0) return html;
  // Count nested <article> elements to find this one's end tag.
  const tags = /<(\/?)article\b/g;
  tags.lastIndex = start + 1;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      const root = lang === undefined ? '<html>' : `<html lang="${lang}">`;
      return `${root}<body>${html.slice(start, html.indexOf('>', tag.index) + 1)}</body></html>`;
    }
  }
  return html;
}

/** What the search page merges into the main bundle: every other bundle, with its language. */
export interface SearchManifest {
  bundles: { path: string; language: string }[];
}

/** File (relative to the output root) in which the search step lists the bundles to merge. */
export const SEARCH_MANIFEST_FILE = 'search/bundles.json';

export function searchManifest(bundles: readonly SearchBundle[]): SearchManifest {
  return { bundles: bundles.slice(1).map(({ dir, language }) => ({ path: dir, language })) };
}

/** The part of Pagefind's `pagefind-entry.json` the build report reads. */
export interface SearchIndexEntry {
  languages: Record<string, { page_count: number }>;
}

/**
 * One line for the build log, such as "Search index: 26 pages (en 25, ur 1) in 2 bundles
 * (1 reused) in 0.41 s", summed over the bundles' entry files.
 */
export function describeSearchIndex(entries: readonly SearchIndexEntry[], reused: number, milliseconds: number): string {
  const pagesByLanguage = new Map<string, number>();
  for (const entry of entries) {
    for (const [lang, index] of Object.entries(entry.languages)) {
      pagesByLanguage.set(lang, (pagesByLanguage.get(lang) ?? 0) + index.page_count);
    }
  }
  const languages = [...pagesByLanguage].sort(([a], [b]) => compareText(a, b));
  const total = languages.reduce((sum, [, count]) => sum + count, 0);
  const perLanguage = languages.map(([lang, count]) => `${lang} ${count}`).join(', ');
  const pages = `${total} ${total === 1 ? 'page' : 'pages'}`;
  const bundles = `${entries.length} ${entries.length === 1 ? 'bundle' : 'bundles'}`;
  const seconds = (milliseconds / 1000).toFixed(2);
  return `Search index: ${pages}${perLanguage ? ` (${perLanguage})` : ''} in ${bundles} (${reused} reused) in ${seconds} s`;
}
