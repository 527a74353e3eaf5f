/**
 * A worker thread that draws share cards into the cache one after another while the main
 * thread renders pages (src/integrations/share-cards.ts). On the main thread each step of a
 * card waited for a turn of an event loop busy with pages: 550 cards in the 30 s of the page
 * phase at 10,000 articles. A thread of its own keeps the second core drawing.
 * Receives the SVGs in `workerData`; posts `{ index, file, drawn }` per card and `{ stopped }`
 * once it has finished or was told to stop (`'stop'`) after the card in hand.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cachedCardFile } from './social-card-png.ts';

export interface CardDrawn {
  index: number;
  file: string;
  drawn: boolean;
}

export interface CardsStopped {
  stopped: true;
}

const svgs = workerData as string[];
let stop = false;
parentPort?.on('message', (message) => {
  if (message === 'stop') stop = true;
});
for (let index = 0; index < svgs.length && !stop; index++) {
  const card = await cachedCardFile(svgs[index] ?? '');
  parentPort?.postMessage({ index, ...card } satisfies CardDrawn);
  // Let a 'stop' sent meanwhile arrive before the next card.
  await new Promise((resolve) => setImmediate(resolve));
}
parentPort?.postMessage({ stopped: true } satisfies CardsStopped);
parentPort?.close();
