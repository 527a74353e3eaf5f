import type { PreparedCorpus } from './corpus.ts';
import type { RelatedSettings } from './settings.ts';
import { nearestInTime, type Postings, type SparseRows } from './sparse.ts';

/**
 * Finds the best candidates for a target through the topic and term indexes: each of the
 * target's weighted topics and top terms offers its postings next to it in time (`tagWindow`,
 * `termWindow`), so the work per target is bounded however busy a topic or word is. Candidates
 * are ranked by the topic and text contributions found on the way, and the best `poolSize` are
 * returned for exact scoring. Scratch arrays are reused across targets.
 */
export function createCandidateFinder(
  corpus: PreparedCorpus,
  settings: RelatedSettings,
  poolSize: number,
): (target: number) => number[] {
  const total = corpus.slugs.length;
  const found = new Float64Array(total);
  const seenBy = new Int32Array(total).fill(-1);
  const touched = new Int32Array(total);
  const range = new Int32Array(2);
  const { weights, allowNewer } = settings;

  return (target) => {
    let touchedCount = 0;
    const notNewerFrom = corpus.sameTimeStart[target]!;
    const collect = (rows: SparseRows, postings: Postings, weight: number, window: number) => {
      if (weight === 0) return;
      for (let e = rows.offsets[target]!; e < rows.offsets[target + 1]!; e++) {
        const key = rows.ids[e]!;
        const share = weight * rows.weights[e]!;
        // Cut-off topics weigh 0 and offer no candidates.
        if (share === 0) continue;
        nearestInTime(postings, key, target, window, allowNewer, notNewerFrom, range);
        for (let p = range[0]!; p < range[1]!; p++) {
          const other = postings.docs[p]!;
          if (other === target) continue;
          if (seenBy[other] !== target) {
            seenBy[other] = target;
            found[other] = 0;
            touched[touchedCount++] = other;
          }
          found[other]! += share * postings.weights[p]!;
        }
      }
    };
    collect(corpus.tags, corpus.tagPostings, weights.tags, settings.tagWindow);
    collect(corpus.terms, corpus.termPostings, weights.text, settings.termWindow);

    const pool: number[] = [];
    const poolScores: number[] = [];
    let worst = -1;
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      const score = found[other]!;
      if (pool.length < poolSize) {
        pool.push(other);
        poolScores.push(score);
        if (pool.length === poolSize) worst = findWorst(pool, poolScores);
      } else if (score > poolScores[worst]! || (score === poolScores[worst] && other < pool[worst]!)) {
        pool[worst] = other;
        poolScores[worst] = score;
        worst = findWorst(pool, poolScores);
      }
    }
    return pool;
  };
}

function findWorst(pool: number[], scores: number[]): number {
  let worst = 0;
  for (let k = 1; k < pool.length; k++) {
    if (scores[k]! < scores[worst]! || (scores[k] === scores[worst] && pool[k]! > pool[worst]!)) worst = k;
  }
  return worst;
}
