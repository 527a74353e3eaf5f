import type { SparseRows } from './sparse.ts';
import { tokenize } from './tokenize.ts';

/** Term vectors of a corpus and the number of distinct terms seen. */
export interface TermVectors {
  rows: SparseRows;
  termCount: number;
}

/**
 * Weighs each text's terms by TF-IDF, `(1 + ln tf) · ln(N / df)`, keeps its `termsPerArticle`
 * heaviest (ties: the term seen first), and scales them to unit length, so the dot product of two
 * rows is their cosine similarity. Terms in one text only, or in every text, relate nothing and
 * are left out. Two passes over the tokens; memory is linear in the number of tokens.
 */
export function buildTermVectors(
  texts: readonly string[],
  termsPerArticle: number,
  minTokenLength: number,
): TermVectors {
  const counted = countTerms(texts, minTokenLength);
  const total = texts.length;
  const offsets = new Int32Array(total + 1);
  const ids = new Int32Array(total * termsPerArticle);
  const weights = new Float64Array(total * termsPerArticle);
  const topIds = new Int32Array(termsPerArticle);
  const topWeights = new Float64Array(termsPerArticle);
  const idf = Float64Array.from(counted.documentFrequency, (df) => (df < 2 || df >= total ? 0 : Math.log(total / df)));
  let written = 0;
  for (let doc = 0; doc < total; doc++) {
    let kept = 0;
    for (let e = counted.offsets[doc]!; e < counted.offsets[doc + 1]!; e++) {
      const id = counted.ids[e]!;
      if (idf[id] === 0) continue;
      const tf = counted.frequency[e]!;
      kept = insertTop(topIds, topWeights, kept, id, (tf === 1 ? 1 : 1 + Math.log(tf)) * idf[id]!);
    }
    let norm = 0;
    for (let k = 0; k < kept; k++) norm += topWeights[k]! * topWeights[k]!;
    norm = Math.sqrt(norm);
    // Rows are sorted by term id so that two of them can be merged in one walk.
    const rowStart = written;
    for (let k = 0; k < kept; k++) {
      let at = written++;
      while (at > rowStart && ids[at - 1]! > topIds[k]!) {
        ids[at] = ids[at - 1]!;
        weights[at] = weights[at - 1]!;
        at--;
      }
      ids[at] = topIds[k]!;
      weights[at] = topWeights[k]! / norm;
    }
    offsets[doc + 1] = written;
  }
  return {
    rows: { offsets, ids: ids.slice(0, written), weights: weights.slice(0, written) },
    termCount: counted.documentFrequency.length,
  };
}

// Keeps `ids`/`weights` sorted heaviest first (ties: smaller id), at most their length long.
function insertTop(ids: Int32Array, weights: Float64Array, kept: number, id: number, weight: number): number {
  const capacity = ids.length;
  if (kept === capacity && !(weight > weights[capacity - 1]!)) return kept;
  let at = kept < capacity ? kept : capacity - 1;
  while (at > 0 && (weights[at - 1]! < weight || (weights[at - 1] === weight && ids[at - 1]! > id))) {
    ids[at] = ids[at - 1]!;
    weights[at] = weights[at - 1]!;
    at--;
  }
  ids[at] = id;
  weights[at] = weight;
  return kept < capacity ? kept + 1 : kept;
}

interface CountedTerms {
  /** Row `doc` is `ids/frequency[offsets[doc]…offsets[doc + 1]]`: its distinct terms and counts. */
  offsets: Int32Array;
  ids: Int32Array;
  frequency: Int32Array;
  /** Number of texts each term id occurs in. */
  documentFrequency: Int32Array;
}

function countTerms(texts: readonly string[], minTokenLength: number): CountedTerms {
  const vocabulary = new Map<string, number>();
  const offsets = new Int32Array(texts.length + 1);
  let ids: Int32Array = new Int32Array(1 << 16);
  let frequency: Int32Array = new Int32Array(1 << 16);
  let documentFrequency: Int32Array = new Int32Array(1 << 12);
  let scratch: Int32Array = new Int32Array(1 << 12);
  let used = 0;
  texts.forEach((text, doc) => {
    const start = used;
    for (const token of tokenize(text, minTokenLength)) {
      let id = vocabulary.get(token);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(token, id);
        if (id === scratch.length) {
          scratch = grow(scratch, id + 1);
          documentFrequency = grow(documentFrequency, id + 1);
        }
      }
      if (scratch[id]!++ === 0) {
        if (used === ids.length) {
          ids = grow(ids, used + 1);
          frequency = grow(frequency, used + 1);
        }
        ids[used++] = id;
      }
    }
    for (let e = start; e < used; e++) {
      const id = ids[e]!;
      frequency[e] = scratch[id]!;
      scratch[id] = 0;
      documentFrequency[id]!++;
    }
    offsets[doc + 1] = used;
  });
  return {
    offsets,
    ids: ids.subarray(0, used),
    frequency: frequency.subarray(0, used),
    documentFrequency: documentFrequency.subarray(0, vocabulary.size),
  };
}

function grow(values: Int32Array, needed: number): Int32Array {
  const bigger = new Int32Array(Math.max(needed, values.length * 2));
  bigger.set(values);
  return bigger;
}
