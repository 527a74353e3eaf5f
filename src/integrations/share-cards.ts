import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { readShareCardList } from '../content-source/share-card-list.ts';
import { cachedCardFile } from '../content-source/social-card-png.ts';
import { createRoutes } from '../lib/urls.ts';
import { linkFiles } from '../build-steps/link-files.ts';

/**
 * Cards drawn at once while Astro renders pages. With three, sharp's threads took the CPU the
 * page renderer needs (its phase went from 26 to 41 s at 10,000 articles). Each step of a card
 * waits for a turn of the busy event loop, so about 550 cards are drawn during that phase.
 */
const CARDS_WHILE_PAGES_RENDER = 1;
/** Cards drawn at once after the pages: sharp draws on its own threads, so a few keep both cores busy. */
const CARDS_AFTER_PAGES = 8;

/**
 * Writes each article's share card (`news/<slug>/card.png`) into the output. Cards missing from
 * the digest-keyed cache are drawn from the start of the build, while Astro bundles and renders
 * pages on its one thread, and faster once the pages are written; then each card is linked from
 * the cache into the output (Astro empties the output folder after the build starts, so nothing
 * is written there earlier). The list comes from the articles loader; pages only link the URL
 * (src/queries/social-card.ts).
 */
export function shareCards(): AstroIntegration {
  let started = 0;
  const limit = pLimit(CARDS_WHILE_PAGES_RENDER);
  let drawing: Promise<{ slug: string; file: string; drawn: boolean }[]> | undefined;
  return {
    name: 'newsroom-share-cards',
    hooks: {
      'astro:build:start': async () => {
        started = performance.now();
        const cards = await readShareCardList();
        drawing = Promise.all(
          cards.map(({ slug, card }) => limit(async () => ({ slug, ...(await cachedCardFile(card)) }))),
        );
        // Awaited once the pages are built; until then a failure must not count as unhandled.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) throw new Error('share cards: the build did not start them');
        limit.concurrency = CARDS_AFTER_PAGES;
        const cards = await drawing;
        const outDir = fileURLToPath(dir);
        // The output is not nested under the base path: routes from the root name its files.
        const routes = createRoutes('/');
        await linkFiles(cards.map(({ slug, file }) => [file, join(outDir, routes.articleCard(slug))]));
        const drawn = cards.filter((card) => card.drawn).length;
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`${cards.length} share ${cards.length === 1 ? 'card' : 'cards'} (${drawn} drawn) in ${seconds} s`);
      },
    },
  };
}
