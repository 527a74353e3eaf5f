import { compareText } from './order.ts';

/**
 * Search with Pagefind: which language indexes the search page merges, and the build's one-line
 * report. Pagefind keeps one index per `<html lang>` value, lower-cased, and a page searches
 * only the index of its own language unless it merges the others in.
 */

/**
 * The files Pagefind reads, relative to the output folder: article pages only (`news/<slug>/`).
 * Only they carry `data-pagefind-body`, but given every page Pagefind parses all of them to find
 * out: at 10,000 articles the list pages doubled its time (18.7 s against 8.7 s).
 */
export function articlePagesGlob(articlePath: (slug: string) => string): string {
  return `${articlePath('*').replace(/^\/+/, '')}index.html`;
}

/** Pagefind's key for a page language: the `lang` attribute, lower-cased. */
export function searchIndexLanguage(lang: string): string {
  return lang.toLowerCase();
}

/**
 * The language indexes the search page must merge into its own so that one query finds
 * articles in every language: each article language other than the page's, sorted, once.
 */
export function mergedSearchLanguages(articleLanguages: Iterable<string>, pageLanguage: string): string[] {
  const own = searchIndexLanguage(pageLanguage);
  const others = new Set<string>();
  for (const lang of articleLanguages) {
    const key = searchIndexLanguage(lang);
    if (key !== own) others.add(key);
  }
  return [...others].sort();
}

/** The part of Pagefind's `pagefind-entry.json` the build report reads. */
export interface SearchIndexEntry {
  languages: Record<string, { page_count: number }>;
}

/** One line for the build log, such as "Search index: 26 pages (en 25, ur 1) in 0.41 s". */
export function describeSearchIndex(entry: SearchIndexEntry, milliseconds: number): string {
  const languages = Object.entries(entry.languages).sort(([a], [b]) => compareText(a, b));
  const total = languages.reduce((sum, [, index]) => sum + index.page_count, 0);
  const perLanguage = languages.map(([lang, index]) => `${lang} ${index.page_count}`).join(', ');
  const pages = `${total} ${total === 1 ? 'page' : 'pages'}`;
  return `Search index: ${pages}${perLanguage ? ` (${perLanguage})` : ''} in ${(milliseconds / 1000).toFixed(2)} s`;
}
