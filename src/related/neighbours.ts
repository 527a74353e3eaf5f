/**
 * The neighbours signal of the Related News engine: how much a target's nearest articles agree
 * on a candidate. Owns nothing but a scratch array; reads the candidate lists of pass one.
 */
import type { ClosestArticles } from './candidates.ts';

/**
 * The `neighbours` signal: how close a candidate is to the target's nearest articles. Stories
 * digress, so a candidate can share a paragraph's words with the target and still be about
 * something else; the target's nearest articles mostly share its subject rather than one
 * digression, so a candidate they agree on is on the subject. Reads only the lists of closest
 * articles: the work per target is `neighbourCount · candidatePool`, whatever the size of the site.
 */
export function createNeighbourSupport(
  closest: ClosestArticles,
  neighbourCount: number,
): (target: number) => Float64Array {
  const { width, ids, scores } = closest;
  const sum = new Float64Array(width === 0 ? 0 : ids.length / width);
  const support = new Float64Array(width);
  const used = Math.min(neighbourCount, width);

  /**
   * For each place of the target's row, the mean closeness of that candidate to the target's
   * first `neighbourCount` candidates, as their own rows list it (0 where they do not list it).
   * The returned array is reused by the next call.
   */
  return (target) => {
    const row = target * width;
    let found = 0;
    while (found < used && ids[row + found]! !== -1) found++;
    for (let k = 0; k < found; k++) {
      const from = ids[row + k]! * width;
      for (let n = from; n < from + width && ids[n]! !== -1; n++) sum[ids[n]!]! += scores[n]!;
    }
    for (let k = 0; k < width; k++) {
      const other = ids[row + k]!;
      support[k] = other === -1 || found === 0 ? 0 : sum[other]! / found;
    }
    // Clears exactly what was added, so the scratch sums are all zeros for the next target.
    for (let k = 0; k < found; k++) {
      const from = ids[row + k]! * width;
      for (let n = from; n < from + width && ids[n]! !== -1; n++) sum[ids[n]!] = 0;
    }
    return support;
  };
}
