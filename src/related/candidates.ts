/**
 * Pass one of the Related News engine: each article's closest articles by topics and text,
 * found through the inverted indexes without regard to time. Owns the candidate lists that the
 * ranking and the neighbours signal read.
 */
import type { PreparedCorpus } from './corpus.ts';
import type { RelatedSettings } from './settings.ts';
import { dotRows, lowerBound, nearestInTime } from './sparse.ts';

/**
 * Each article's closest articles by topics and text: pass one of the engine. Row `i` holds up
 * to `width` positions in `ids[i * width …]` with their closeness in `scores`, best first (ties:
 * smaller position, i.e. newer, then slug); unused places hold -1.
 */
export interface ClosestArticles {
  width: number;
  ids: Int32Array;
  scores: Float64Array;
}

/**
 * Finds every article's `settings.candidatePool` closest articles: those with the best text
 * cosine (ties at the last place all kept, then cut by closeness), ordered by closeness,
 * `weights.tags · min(1, shared topic rarity) + weights.text · text cosine`. The cosine is summed
 * exactly through the term index, over every posting of every term the target kept, whatever
 * its date (the vectors hold only terms below the document-frequency cut-off, which keeps this
 * linear). Only an article whose text meets fewer articles than that is topped up with the
 * articles next to it in time on each of its topics (`tagWindow` per topic). Without
 * `allowNewer`, only articles not newer than the target are considered. Scratch arrays are
 * reused across targets; the work per target is the length of its terms' postings.
 */
export function findClosestArticles(corpus: PreparedCorpus, settings: RelatedSettings): ClosestArticles {
  const total = corpus.slugs.length;
  const width = settings.candidatePool;
  const ids = new Int32Array(total * width).fill(-1);
  const scores = new Float64Array(total * width);
  const textSum = new Float64Array(total);
  const seenBy = new Int32Array(total).fill(-1);
  const touched = new Int32Array(total);
  const range = new Int32Array(2);
  const heap = createBestHeap(width);
  const bufferIds = new Int32Array(total);
  const bufferText = new Float64Array(total);
  const floorHeap = new Float64Array(width);
  const { weights, allowNewer } = settings;
  const { terms, tags, tagPostings } = corpus;
  const { offsets: postingOffsets, docs: postingDocs, weights: postingWeights } = corpus.termPostings;

  for (let target = 0; target < total; target++) {
    let touchedCount = 0;
    const firstEligible = allowNewer ? 0 : corpus.sameTimeStart[target]!;
    if (weights.text > 0) {
      for (let e = terms.offsets[target]!; e < terms.offsets[target + 1]!; e++) {
        const key = terms.ids[e]!;
        const weight = terms.weights[e]!;
        const end = postingOffsets[key + 1]!;
        const start = firstEligible === 0 ? postingOffsets[key]! : lowerBound(postingDocs, postingOffsets[key]!, end, firstEligible);
        for (let p = start; p < end; p++) {
          const other = postingDocs[p]!;
          const sum = textSum[other]!;
          // Every weight is positive, so a sum still at 0 marks an article not met yet.
          if (sum === 0) touched[touchedCount++] = other;
          // Summed in ascending term order, like `dotRows`: the same cosine to the last bit.
          textSum[other] = sum + weight * postingWeights[p]!;
        }
      }
    }
    heap.clear();
    // The best text scores, in one pass that also clears the sums. The floor is the `width`-th
    // best text score so far (the top of a small min-heap), so most candidates (met through one
    // rare word, say) are dropped after one comparison.
    let floorSize = 0;
    let buffered = 0;
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      const text = textSum[other]!;
      textSum[other] = 0;
      if (other === target || width === 0 || (floorSize === width && text < floorHeap[0]!)) continue;
      bufferIds[buffered] = other;
      bufferText[buffered++] = text;
      floorSize = offerToFloor(floorHeap, floorSize, text);
    }
    const floor = floorSize === width ? floorHeap[0]! : 0;
    for (let k = 0; k < buffered; k++) {
      const other = bufferIds[k]!;
      if (bufferText[k]! < floor) continue;
      seenBy[other] = target;
      heap.offer(other, weights.tags * Math.min(1, dotRows(tags, target, other)) + weights.text * bufferText[k]!);
    }
    // Only when the text found fewer than `width` articles: those next to the target in time on
    // each of its topics. Offered always, they would bring articles sharing only a side topic
    // (a region) into every pool and crowd out the text's candidates (measured in the benchmark).
    if (weights.tags > 0 && !heap.isFull()) {
      for (let e = tags.offsets[target]!; e < tags.offsets[target + 1]!; e++) {
        // Cut-off topics weigh 0 and offer no candidates.
        if (tags.weights[e] === 0) continue;
        nearestInTime(tagPostings, tags.ids[e]!, target, settings.tagWindow, allowNewer, firstEligible, range);
        for (let p = range[0]!; p < range[1]!; p++) {
          const other = tagPostings.docs[p]!;
          if (other === target || seenBy[other] === target) continue;
          seenBy[other] = target;
          // Not met through text, so its text score is 0.
          heap.offer(other, weights.tags * Math.min(1, dotRows(tags, target, other)));
        }
      }
    }
    heap.drainInto(ids, scores, target * width);
  }
  return { width, ids, scores };
}

/**
 * Adds `value` to the min-heap `heap[0…size)` of at most `heap.length` values, replacing the
 * smallest when full (and `value` is larger). Returns the new size.
 */
function offerToFloor(heap: Float64Array, size: number, value: number): number {
  const capacity = heap.length;
  let at: number;
  if (size < capacity) {
    at = size++;
    while (at > 0 && heap[(at - 1) >> 1]! > value) {
      heap[at] = heap[(at - 1) >> 1]!;
      at = (at - 1) >> 1;
    }
    heap[at] = value;
    return size;
  }
  if (!(value > heap[0]!)) return size;
  at = 0;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= size) break;
    const child = left + 1 < size && heap[left + 1]! < heap[left]! ? left + 1 : left;
    if (!(heap[child]! < value)) break;
    heap[at] = heap[child]!;
    at = child;
  }
  heap[at] = value;
  return size;
}

/**
 * A bounded min-heap keeping the `capacity` best (score, position) pairs: higher score first,
 * then smaller position. Plain typed arrays, reused for every target.
 */
function createBestHeap(capacity: number) {
  const ids = new Int32Array(capacity);
  const scores = new Float64Array(capacity);
  let size = 0;
  // True when entry a ranks below entry b (worse score, or equal score and larger position).
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && ids[a]! > ids[b]!);
  const swap = (a: number, b: number) => {
    const id = ids[a]!;
    const score = scores[a]!;
    ids[a] = ids[b]!;
    scores[a] = scores[b]!;
    ids[b] = id;
    scores[b] = score;
  };
  const siftDown = (from: number) => {
    for (let at = from; ; ) {
      const left = 2 * at + 1;
      if (left >= size) return;
      const child = left + 1 < size && worse(left + 1, left) ? left + 1 : left;
      if (!worse(child, at)) return;
      swap(child, at);
      at = child;
    }
  };
  return {
    clear: () => {
      size = 0;
    },
    isFull: () => size === capacity,
    offer: (id: number, score: number) => {
      if (capacity === 0) return;
      if (size < capacity) {
        ids[size] = id;
        scores[size] = score;
        for (let at = size++; at > 0; ) {
          const parent = (at - 1) >> 1;
          if (!worse(at, parent)) break;
          swap(at, parent);
          at = parent;
        }
      } else if (score > scores[0]! || (score === scores[0] && id < ids[0]!)) {
        ids[0] = id;
        scores[0] = score;
        siftDown(0);
      }
    },
    /** Writes the entries best first from `at` on, and empties the heap. */
    drainInto: (outIds: Int32Array, outScores: Float64Array, at: number) => {
      for (let k = size - 1; k >= 0; k--) {
        outIds[at + k] = ids[0]!;
        outScores[at + k] = scores[0]!;
        size--;
        if (size > 0) {
          ids[0] = ids[size]!;
          scores[0] = scores[size]!;
          siftDown(0);
        }
      }
    },
  };
}
