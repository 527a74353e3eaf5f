import type { SparseRows } from './sparse.ts';

/** Topic vectors of a corpus, and which topics the cut-off left out. */
export interface TagVectors {
  /** Every topic of each article; cut-off topics carry weight 0. */
  rows: SparseRows;
  /** Topic slug of each id. */
  names: string[];
  /** 1 for topics on too many articles to mean anything (see `tagCutoffShare`). */
  ignored: Uint8Array;
}

/** The cut-off and the corpus size that decide which topics count. */
export interface TagCutoff {
  tagCutoffShare: number;
  tagCutoffMinArticles: number;
}

/**
 * Weighs each article's topics by rarity, `ln(1 + N / df)`, and scales them to unit length, so
 * the dot product of two rows is the cosine of their topic sets with rare topics counting more.
 * A topic on more than `tagCutoffShare` of the articles (and more than `tagCutoffMinArticles`)
 * keeps its place in the rows, for the same-topic fallback, but weighs nothing.
 */
export function buildTagVectors(tagLists: readonly (readonly string[])[], cutoff: TagCutoff): TagVectors {
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const unique = tagLists.map((tags) => {
    const ids = new Set<number>();
    for (const tag of tags) {
      let id = idOf.get(tag);
      if (id === undefined) {
        id = names.length;
        idOf.set(tag, id);
        names.push(tag);
      }
      ids.add(id);
    }
    return Int32Array.from(ids).sort();
  });
  const documentFrequency = new Int32Array(names.length);
  for (const ids of unique) for (const id of ids) documentFrequency[id]!++;
  const total = tagLists.length;
  const limit = Math.max(cutoff.tagCutoffShare * total, cutoff.tagCutoffMinArticles);
  const ignored = documentFrequency.map((df) => (df > limit ? 1 : 0));
  const rarity = Float64Array.from(documentFrequency, (df, id) => (ignored[id] ? 0 : Math.log(1 + total / df)));

  const offsets = new Int32Array(total + 1);
  unique.forEach((ids, doc) => (offsets[doc + 1] = offsets[doc]! + ids.length));
  const ids = new Int32Array(offsets[total]!);
  const weights = new Float64Array(offsets[total]!);
  unique.forEach((row, doc) => {
    let norm = 0;
    for (const id of row) norm += rarity[id]! * rarity[id]!;
    norm = Math.sqrt(norm);
    row.forEach((id, k) => {
      ids[offsets[doc]! + k] = id;
      weights[offsets[doc]! + k] = norm > 0 ? rarity[id]! / norm : 0;
    });
  });
  return { rows: { offsets, ids, weights }, names, ignored: Uint8Array.from(ignored) };
}
