/**
 * A worker thread drawing share cards into the cache while the main thread renders pages
 * (src/share-cards/integration.ts). Astro renders pages on one thread; cards painted in
 * JavaScript there would slow it card for card, while here they use the core it leaves idle.
 * Both threads take the next card from one shared counter, so no card is drawn twice and the
 * main thread joins in once the pages are written. Posts a `CardDrawn` per card and
 * `{ finished: true }` when no card is left.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SocialCard } from './card-svg.ts';
import { drawClaimedCards, type CardDrawn } from './queue.ts';

export interface ShareCardWorkerData {
  cards: SocialCard[];
  /** One Int32: the index of the next card to draw, shared with the main thread. */
  next: SharedArrayBuffer;
}

export interface CardsFinished {
  finished: true;
}

/** Two at a time: while librsvg draws a card or a glyph on sharp's threads, the other is painted. */
const CARDS_AT_ONCE = 2;

const { cards, next } = workerData as ShareCardWorkerData;
await drawClaimedCards(cards, new Int32Array(next), CARDS_AT_ONCE, (drawn: CardDrawn) => parentPort?.postMessage(drawn));
parentPort?.postMessage({ finished: true } satisfies CardsFinished);
