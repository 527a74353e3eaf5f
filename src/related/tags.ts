import type { SparseRows } from './sparse.ts';

/** Topic vectors of a corpus. */
export interface TagVectors {
  /** Every topic of each article, weighted by the square root of its rarity; cut-off topics weigh 0. */
  rows: SparseRows;
  /** Topic slug of each id. */
  names: string[];
}

/** The settings that decide which topics are too common to count. */
export interface TagCutoff {
  tagCutoffShare: number;
  tagCutoffMinArticles: number;
}

/**
 * Gives each topic a rarity between 0 and 1 on a log scale, `ln(1 + N / df) / ln(1 + N / 2)`:
 * 1 for a topic on two articles (the rarest that can be shared), falling toward 0 as it spreads.
 * Row weights are the square roots of rarity, so the dot product of two rows is the sum of the
 * rarities of the topics they share. A topic on more than `tagCutoffShare` of the articles (and
 * more than `tagCutoffMinArticles`) keeps its place in the rows, for the same-topic fallback, but
 * weighs nothing.
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
  const scale = Math.log(1 + total / 2);
  const root = Float64Array.from(documentFrequency, (df, id) =>
    ignored[id] ? 0 : Math.sqrt(Math.min(1, Math.log(1 + total / df) / scale)),
  );

  const offsets = new Int32Array(total + 1);
  unique.forEach((ids, doc) => (offsets[doc + 1] = offsets[doc]! + ids.length));
  const ids = new Int32Array(offsets[total]!);
  const weights = new Float64Array(offsets[total]!);
  unique.forEach((row, doc) => {
    row.forEach((id, k) => {
      ids[offsets[doc]! + k] = id;
      weights[offsets[doc]! + k] = root[id]!;
    });
  });
  return { rows: { offsets, ids, weights }, names };
}
