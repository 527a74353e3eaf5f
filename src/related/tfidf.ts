import type { SparseRows } from './sparse.ts';
import { tokenize } from './tokenize.ts';
import type { TermCounts } from './types.ts';

/** Term vectors of a corpus and the number of distinct terms seen. */
export interface TermVectors {
  rows: SparseRows;
  termCount: number;
}

/**
 * The distinct tokens of one article's text in the order they first occur, with how many times
 * each counts (headline words count `1 + headlineWeight` times). It depends on the article alone,
 * so a build can keep it per article between builds (`TermCounts` in `types.ts`).
 */
export function countArticleTerms(
  text: string,
  headline: string | undefined,
  headlineWeight: number,
  minTokenLength: number,
): TermCounts {
  const counts = new Map<string, number>();
  for (const [part, count] of textParts(text, headlineWeight > 0 ? headline : undefined, headlineWeight)) {
    for (const token of tokenize(part, minTokenLength)) counts.set(token, (counts.get(token) ?? 0) + count);
  }
  return { tokens: [...counts.keys()].join(' '), counts: Int32Array.from(counts.values()) };
}

/**
 * Weighs each text's terms by TF-IDF, `(1 + ln tf) · ln(N / df)`, keeps its `termsPerArticle`
 * heaviest (ties: the smaller term id, i.e. the term the corpus met first), and scales them to unit
 * length, so the dot product of two rows is their cosine similarity. Terms in one text only relate
 * nothing, and terms in more than `maxDocumentFrequency` texts (or in every text) say little and
 * would make the postings walk quadratic: both are left out. Memory is linear in the number of
 * distinct terms of each text.
 */
export function buildTermVectors(
  texts: readonly TermCounts[],
  termsPerArticle: number,
  maxDocumentFrequency: number = texts.length,
): TermVectors {
  const counted = countTerms(texts);
  const total = texts.length;
  const maxDf = Math.min(maxDocumentFrequency, total - 1);
  const offsets = new Int32Array(total + 1);
  // At most one entry per distinct term of each text, however high `termsPerArticle` is set.
  const capacity = Math.min(total * termsPerArticle, counted.ids.length);
  const ids = new Int32Array(capacity);
  const weights = new Float64Array(capacity);
  const idf = Float64Array.from(counted.documentFrequency, (df) => (df < 2 || df > maxDf ? 0 : Math.log(total / df)));
  // Weight of each term of the current text, by term id; reset after each text.
  const weightOf = new Float64Array(counted.documentFrequency.length);
  let written = 0;
  for (let doc = 0; doc < total; doc++) {
    const rowStart = written;
    for (let e = counted.offsets[doc]!; e < counted.offsets[doc + 1]!; e++) {
      const id = counted.ids[e]!;
      if (idf[id] === 0) continue;
      const tf = counted.frequency[e]!;
      weightOf[id] = (tf === 1 ? 1 : 1 + Math.log(tf)) * idf[id]!;
      ids[written++] = id;
    }
    let row = ids.subarray(rowStart, written);
    if (row.length > termsPerArticle) {
      const byWeight = [...row].sort((a, b) => weightOf[b]! - weightOf[a]! || a - b);
      for (const id of byWeight.slice(termsPerArticle)) weightOf[id] = 0;
      row.set(byWeight.slice(0, termsPerArticle));
      written = rowStart + termsPerArticle;
      row = ids.subarray(rowStart, written);
    }
    // Rows are sorted by term id so that two of them can be merged in one walk.
    row.sort();
    let norm = 0;
    for (const id of row) norm += weightOf[id]! * weightOf[id]!;
    norm = Math.sqrt(norm);
    for (let e = rowStart; e < written; e++) {
      weights[e] = weightOf[ids[e]!]! / norm;
      weightOf[ids[e]!] = 0;
    }
    offsets[doc + 1] = written;
  }
  return {
    rows: { offsets, ids: ids.slice(0, written), weights: weights.slice(0, written) },
    termCount: counted.documentFrequency.length,
  };
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * The pieces of a text to count and how many times each token of them counts. When the text
 * starts with its headline (as the engine's input usually does) the headline is not read twice.
 */
function textParts(text: string, headline: string | undefined, headlineWeight: number): [string, number][] {
  if (!headline) return [[text, 1]];
  if (text.startsWith(headline) && !WORD_CHARACTER.test(text.charAt(headline.length))) {
    return [
      [headline, 1 + headlineWeight],
      [text.slice(headline.length), 1],
    ];
  }
  return [
    [text, 1],
    [headline, headlineWeight],
  ];
}

interface CountedTerms {
  /** Row `doc` is `ids/frequency[offsets[doc]…offsets[doc + 1]]`: its distinct terms and counts. */
  offsets: Int32Array;
  ids: Int32Array;
  frequency: Int32Array;
  /** Number of texts each term id occurs in. */
  documentFrequency: Int32Array;
}

/** Term ids in the order the corpus first meets each term (articles in canonical order). */
function countTerms(texts: readonly TermCounts[]): CountedTerms {
  const vocabulary = new Map<string, number>();
  const offsets = new Int32Array(texts.length + 1);
  let size = 0;
  for (const text of texts) size += text.counts.length;
  const ids = new Int32Array(size);
  const frequency = new Int32Array(size);
  let documentFrequency: Int32Array = new Int32Array(1 << 12);
  let used = 0;
  texts.forEach(({ tokens, counts }, doc) => {
    (tokens === '' ? [] : tokens.split(' ')).forEach((token, index) => {
      let id = vocabulary.get(token);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(token, id);
        if (id === documentFrequency.length) documentFrequency = grow(documentFrequency, id + 1);
      }
      ids[used] = id;
      frequency[used++] = counts[index]!;
      documentFrequency[id]!++;
    });
    offsets[doc + 1] = used;
  });
  return { offsets, ids, frequency, documentFrequency: documentFrequency.subarray(0, vocabulary.size) };
}

function grow(values: Int32Array, needed: number): Int32Array {
  const bigger = new Int32Array(Math.max(needed, values.length * 2));
  bigger.set(values);
  return bigger;
}
