import type { SocialCard } from './card-svg.ts';
import { cachedCardFile, type CachedCard } from './card-png.ts';

/** A card in the cache, by its index in the build's list. */
export interface CardDrawn extends CachedCard {
  index: number;
}

/**
 * Draws cards into the cache, `atOnce` at a time, each taken by adding one to the shared
 * counter `next` (an atomic step, so threads sharing it never take the same card), until the
 * counter passes the end of the list.
 */
export async function drawClaimedCards(
  cards: readonly SocialCard[],
  next: Int32Array,
  atOnce: number,
  onDrawn: (drawn: CardDrawn) => void,
): Promise<void> {
  const lane = async () => {
    for (let index = Atomics.add(next, 0, 1); index < cards.length; index = Atomics.add(next, 0, 1)) {
      const card = cards[index];
      if (card) onDrawn({ index, ...(await cachedCardFile(card)) });
    }
  };
  await Promise.all(Array.from({ length: atOnce }, lane));
}
