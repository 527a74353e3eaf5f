import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { linkFiles } from '../build-steps/link-files.ts';
import { readShareCardList } from '../content-source/share-card-list.ts';
import type { CardDrawn, CardsStopped } from '../content-source/share-card-worker.ts';
import { cachedCardFile, type CachedCard } from '../content-source/social-card-png.ts';
import { socialCardSvg } from '../lib/social-card/card-svg.ts';
import { createRoutes } from '../lib/urls.ts';

/** Cards drawn at once after the pages: sharp draws on its own threads, so a few keep both cores busy. */
const CARDS_AFTER_PAGES = 8;

/** The cards of a build, drawn in the background from its start. */
interface CardJob {
  slugs: string[];
  svgs: string[];
  done: (CachedCard | undefined)[];
  worker: Worker;
  /** Settles when the worker has stopped. */
  stopped: Promise<void>;
}

/**
 * Writes each article's share card (`news/<slug>/card.png`) into the output. Cards missing from
 * the digest-keyed cache are drawn from the start of the build by a worker thread, on the core
 * that Astro's single-threaded page rendering leaves free, and the rest on every core once the
 * pages are written; then each card is linked from the cache into the output (Astro empties the
 * output folder after the build starts, so nothing is written there earlier). The list comes
 * from the articles loader; pages only link the URL (src/queries/social-card.ts).
 */
export function shareCards(): AstroIntegration {
  let started = 0;
  let job: CardJob | undefined;
  return {
    name: 'newsroom-share-cards',
    hooks: {
      'astro:build:start': async () => {
        started = performance.now();
        job = startDrawing((await readShareCardList()).map(({ slug, card }) => ({ slug, svg: socialCardSvg(card) })));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!job) throw new Error('share cards: the build did not start them');
        const { slugs, svgs, done, worker, stopped } = job;
        worker.ref();
        worker.postMessage('stop');
        await stopped;
        const inBackground = done.filter(Boolean).length;
        const limit = pLimit(CARDS_AFTER_PAGES);
        await Promise.all(
          svgs.map((svg, index) => (done[index] ? undefined : limit(async () => (done[index] = await cachedCardFile(svg))))),
        );
        const outDir = fileURLToPath(dir);
        // The output is not nested under the base path: routes from the root name its files.
        const routes = createRoutes('/');
        const files = done.map((card, index) => [card?.file ?? '', join(outDir, routes.articleCard(slugs[index] ?? ''))] as const);
        await linkFiles(files);
        const drawn = done.filter((card) => card?.drawn).length;
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `${done.length} share ${done.length === 1 ? 'card' : 'cards'} (${drawn} drawn, ${inBackground} while pages rendered) in ${seconds} s`,
        );
      },
    },
  };
}

function startDrawing(cards: readonly { slug: string; svg: string }[]): CardJob {
  const svgs = cards.map((card) => card.svg);
  const done: (CachedCard | undefined)[] = svgs.map(() => undefined);
  const worker = new Worker(new URL('../content-source/share-card-worker.ts', import.meta.url), { workerData: svgs });
  // A build that fails before its pages are done must not be kept alive by the drawing.
  worker.unref();
  const stopped = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: CardDrawn | CardsStopped) => {
      if ('stopped' in message) resolve();
      else done[message.index] = { file: message.file, drawn: message.drawn };
    });
    worker.on('error', reject);
    worker.on('exit', () => resolve());
  });
  // Awaited once the pages are built; until then a failure must not count as unhandled.
  stopped.catch(() => undefined);
  return { slugs: cards.map((card) => card.slug), svgs, done, worker, stopped };
}
