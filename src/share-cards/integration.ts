import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { linkFiles } from '../build/link-files.ts';
import { drawClaimedCards, type CardDrawn } from './queue.ts';
import type { CardsFinished, ShareCardWorkerData } from './worker.ts';
import { readBuildManifest } from '../content/manifest.ts';
import type { ShareCardEntry } from './share-cards.ts';
import { outputFile } from '../config/urls.ts';
import { rootRoutes } from '../config/routes.ts';

/** Cards the main thread draws at once after the pages: librsvg's (right-to-left) wait on sharp's threads. */
const CARDS_AFTER_PAGES = 8;

const WORKER_YOUNG_GENERATION_MB = 8;

/** The cards of a build, drawn from its start by a worker thread. */
interface CardJob {
  entries: ShareCardEntry[];
  done: (CardDrawn | undefined)[];
  /** The index of the next card to draw, shared with the worker. */
  next: Int32Array;
  worker: Worker;
  /** Settles when the worker has drawn its last card. */
  finished: Promise<void>;
}

/**
 * Writes each article's share card (`news/<slug>/card.png`) into the output. Cards missing from
 * the digest-keyed cache are drawn from the start of the build by a worker thread, on the core
 * Astro's single-threaded page rendering leaves idle, and by the main thread too once the pages
 * are written; then each card is linked from the cache into the output (Astro empties the
 * output folder after the build starts, so nothing is written there earlier). The list comes
 * from the build manifest; pages only link the URL (src/share-cards/card-image.ts).
 */
export function shareCards(): AstroIntegration {
  let started = 0;
  let job: CardJob | undefined;
  return {
    name: 'newsroom-share-cards',
    hooks: {
      'astro:build:start': async () => {
        started = performance.now();
        const { shareCards } = await readBuildManifest();
        job = startDrawing(shareCards.map(({ slug, card }) => ({ slug, card: { ...card, topic: card.topic } })));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!job) throw new Error('share cards: the build did not start them');
        const { entries, done, next, worker, finished } = job;
        worker.ref();
        let byMainThread = 0;
        await drawClaimedCards(
          entries.map((entry) => entry.card),
          next,
          CARDS_AFTER_PAGES,
          (drawn) => {
            done[drawn.index] = drawn;
            byMainThread++;
          },
        );
        await finished;
        const outDir = fileURLToPath(dir);
        const files = entries.map(({ slug }, index) => {
          const file = done[index]?.file;
          if (!file) throw new Error(`share cards: the card of ${slug} was never drawn`);
          return [file, join(outDir, outputFile(rootRoutes.articleCard(slug)))] as const;
        });
        await removeStaleCards(outDir, new Set(files.map(([, target]) => target)));
        await linkFiles(files);
        const drawn = done.filter((card) => card?.drawn).length;
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `${entries.length} share ${entries.length === 1 ? 'card' : 'cards'} (${drawn} drawn; ` +
            `${entries.length - byMainThread} by a worker thread beside the pages) in ${seconds} s`,
        );
      },
    },
  };
}

function startDrawing(entries: ShareCardEntry[]): CardJob {
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const done: (CardDrawn | undefined)[] = entries.map(() => undefined);
  const workerData: ShareCardWorkerData = { cards: entries.map((entry) => entry.card), next: next.buffer };
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    workerData,
    // The worker keeps little (fonts, glyph masks) and makes short-lived garbage: a small young
    // generation lowers the build's peak memory at no cost in time (docs/performance.md).
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  // A build that fails before its pages are done must not be kept alive by the drawing.
  worker.unref();
  const finished = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: CardDrawn | CardsFinished) => {
      if ('finished' in message) resolve();
      else done[message.index] = message;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`share cards: the worker thread stopped with exit code ${code}`));
    });
  });
  // Awaited once the pages are built; until then a failure must not count as unhandled.
  finished.catch(() => undefined);
  return { entries, done, next, worker, finished };
}

/**
 * Deletes the cards an earlier build left in the kept output folder that this build does not
 * write (an article deleted, renamed or given a photo). The last step's sweep cannot tell them
 * by age: a card is a hard link to a cached file that a live card of the same drawing may share.
 */
async function removeStaleCards(outDir: string, current: ReadonlySet<string>): Promise<void> {
  // Cards lie in their articles' folders, news/<slug>/card.png (routes.articleCard).
  const folders = await readdir(join(outDir, 'news'), { withFileTypes: true }).catch(() => []);
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    const card = join(outDir, 'news', folder.name, 'card.png');
    if (!current.has(card)) await rm(card, { force: true });
  }
}
