/**
 * Rows of a sparse matrix, compressed: row `i` holds the keys `ids[offsets[i]…offsets[i + 1]]`
 * (ascending) with their `weights`. Used for each article's topic and term vectors.
 */
export interface SparseRows {
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * An inverted index of {@link SparseRows}: key `k` is held by the articles
 * `docs[offsets[k]…offsets[k + 1]]` (ascending article index, so newest first) with `weights`.
 */
export interface Postings {
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
}

/** Dot product of rows `i` and `j`, walking both sorted rows once. */
export function dotRows(rows: SparseRows, i: number, j: number): number {
  const { offsets, ids, weights } = rows;
  let a = offsets[i]!;
  let b = offsets[j]!;
  const aEnd = offsets[i + 1]!;
  const bEnd = offsets[j + 1]!;
  let sum = 0;
  while (a < aEnd && b < bEnd) {
    const idA = ids[a]!;
    const idB = ids[b]!;
    if (idA === idB) sum += weights[a++]! * weights[b++]!;
    else if (idA < idB) a++;
    else b++;
  }
  return sum;
}

/** Builds the inverted index of `rows` over keys `0…keyCount - 1` in two linear passes. */
export function invertRows(rows: SparseRows, keyCount: number): Postings {
  const offsets = new Int32Array(keyCount + 1);
  const total = rows.offsets[rows.offsets.length - 1]!;
  for (let e = 0; e < total; e++) offsets[rows.ids[e]! + 1]!++;
  for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
  const fill = offsets.slice(0, keyCount);
  const docs = new Int32Array(total);
  const weights = new Float64Array(total);
  for (let doc = 0; doc + 1 < rows.offsets.length; doc++) {
    for (let e = rows.offsets[doc]!; e < rows.offsets[doc + 1]!; e++) {
      const at = fill[rows.ids[e]!]!++;
      docs[at] = doc;
      weights[at] = rows.weights[e]!;
    }
  }
  return { offsets, docs, weights };
}

/**
 * Finds the range `[range[0], range[1])` of key `key`'s postings that holds `doc` and the `size`
 * others next to it in publication order: half newer and half older where both exist, otherwise
 * more from the side that has them. Without `allowNewer`, only older articles and those published
 * at the same instant are taken (positions from `notNewerFrom` on). `doc` must hold `key`.
 * Writes into `range` rather than returning a pair: it runs for every key of every article.
 */
export function nearestInTime(
  postings: Postings,
  key: number,
  doc: number,
  size: number,
  allowNewer: boolean,
  notNewerFrom: number,
  range: Int32Array,
): void {
  const from = postings.offsets[key]!;
  const to = postings.offsets[key + 1]!;
  if (to - from <= size + 1 && allowNewer) {
    range[0] = from;
    range[1] = to;
    return;
  }
  const at = lowerBound(postings.docs, from, to, doc);
  if (!allowNewer) {
    range[0] = Math.max(lowerBound(postings.docs, from, at, notNewerFrom), at - size);
    range[1] = Math.min(to, Math.max(at + 1, range[0] + size + 1));
    return;
  }
  range[0] = Math.max(from, Math.min(at - (size >> 1), to - size - 1));
  range[1] = range[0] + size + 1;
}

/** First position in the ascending `values[from…to)` whose value is ≥ `value`. */
export function lowerBound(values: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
