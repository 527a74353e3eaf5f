import type { RelatedSettings } from './settings.ts';
import { invertRows, type Postings, type SparseRows } from './sparse.ts';
import { buildTagVectors } from './tags.ts';
import { buildTermVectors, countArticleTerms } from './tfidf.ts';
import type { RelatedArticle } from './types.ts';
import { compareText } from '../build/order.ts';

/**
 * The articles in canonical order (newest first, then by slug) with everything the scoring
 * reads, as flat arrays indexed by position in that order.
 */
export interface PreparedCorpus {
  slugs: string[];
  published: Float64Array;
  /** First position published at the same instant as each article: where "not newer" starts. */
  sameTimeStart: Int32Array;
  /** City and author ids; -1 when unknown. */
  cities: Int32Array;
  authors: Int32Array;
  tags: SparseRows;
  tagPostings: Postings;
  terms: SparseRows;
  termPostings: Postings;
}

/**
 * Sorts the articles into canonical order, so that results never depend on input order, and
 * builds the topic and term vectors with their inverted indexes.
 * Throws an `Error` on a repeated slug and a `RangeError` on a non-finite `published`.
 */
export function prepareCorpus(articles: readonly RelatedArticle[], settings: RelatedSettings): PreparedCorpus {
  const sorted = [...articles].sort(
    (a, b) => b.published - a.published || compareText(a.slug, b.slug),
  );
  const seen = new Set<string>();
  for (const article of sorted) {
    if (!Number.isFinite(article.published)) {
      throw new RangeError(`related: article "${article.slug}" has no valid published time`);
    }
    if (seen.has(article.slug)) throw new Error(`related: slug "${article.slug}" appears twice`);
    seen.add(article.slug);
  }
  const published = Float64Array.from(sorted, (article) => article.published);
  const sameTimeStart = new Int32Array(sorted.length);
  for (let i = 1; i < sorted.length; i++) {
    sameTimeStart[i] = published[i] === published[i - 1] ? sameTimeStart[i - 1]! : i;
  }
  const tagVectors = buildTagVectors(
    sorted.map((article) => article.tags),
    settings,
  );
  const termVectors = buildTermVectors(
    sorted.map((article) => article.terms ?? countArticleTerms(article.text, article.headline, settings.headlineWeight, settings.minTokenLength)),
    settings.termsPerArticle,
    settings.termCutoffArticles,
  );
  return {
    slugs: sorted.map((article) => article.slug),
    published,
    sameTimeStart,
    cities: internIds(sorted.map((article) => article.city)),
    authors: internIds(sorted.map((article) => article.author)),
    tags: tagVectors.rows,
    tagPostings: invertRows(tagVectors.rows, tagVectors.names.length),
    terms: termVectors.rows,
    termPostings: invertRows(termVectors.rows, termVectors.termCount),
  };
}

function internIds(values: readonly string[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(values, (value) => {
    if (value === '') return -1;
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    return id;
  });
}
