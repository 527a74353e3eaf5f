import type { PreparedCorpus } from './corpus.ts';
import { lowerBound } from './sparse.ts';
import type { RelatedReason } from './types.ts';

/**
 * Up to `needed` more articles for a target whose scored list came out short: first those
 * sharing any of its topics (cut-off topics included), newest first, then the newest of all.
 * Skips the target, the `taken` positions and, unless `allowNewer`, newer articles. Each topic's
 * postings are read only until they have given `needed` articles, so the work stays bounded.
 */
export function findFallbacks(
  corpus: PreparedCorpus,
  target: number,
  taken: ReadonlySet<number>,
  needed: number,
  allowNewer: boolean,
): { index: number; reason: RelatedReason }[] {
  const firstEligible = allowNewer ? 0 : corpus.sameTimeStart[target]!;
  const usable = (index: number) => index !== target && !taken.has(index);
  const sameTopic = new Set<number>();
  const { tags, tagPostings } = corpus;
  for (let e = tags.offsets[target]!; e < tags.offsets[target + 1]!; e++) {
    const key = tags.ids[e]!;
    const end = tagPostings.offsets[key + 1]!;
    let kept = 0;
    for (
      let p = lowerBound(tagPostings.docs, tagPostings.offsets[key]!, end, firstEligible);
      p < end && kept < needed;
      p++
    ) {
      const index = tagPostings.docs[p]!;
      if (usable(index)) {
        sameTopic.add(index);
        kept++;
      }
    }
  }
  const chosen: { index: number; reason: RelatedReason }[] = [...sameTopic]
    .sort((a, b) => a - b)
    .slice(0, needed)
    .map((index) => ({ index, reason: 'same-topic' }));
  for (let index = firstEligible; chosen.length < needed && index < corpus.slugs.length; index++) {
    if (usable(index) && !sameTopic.has(index)) chosen.push({ index, reason: 'latest' });
  }
  return chosen;
}
