import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { readShareCardList } from '../content-source/share-card-list.ts';
import { cachedCardPng } from '../content-source/social-card-png.ts';
import { socialCardSvg } from '../lib/social-card/card-svg.ts';
import { createRoutes } from '../lib/urls.ts';

/** Cards in flight at once: sharp draws on its own threads, so a few keep both cores busy. */
const CARDS_AT_ONCE = 8;

/**
 * Writes each article's share card (`news/<slug>/card.png`) into the output once the pages are
 * built: drawn by sharp on first sight, read back from the digest-keyed cache afterwards. The
 * list comes from the articles loader; pages only link the URL (src/queries/social-card.ts).
 */
export function shareCards(): AstroIntegration {
  return {
    name: 'newsroom-share-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // The output is not nested under the base path: routes from the root name its files.
        const routes = createRoutes('/');
        const cards = await readShareCardList();
        const limit = pLimit(CARDS_AT_ONCE);
        await Promise.all(
          cards.map(({ slug, card }) =>
            limit(async () => {
              const png = await cachedCardPng(socialCardSvg(card));
              await writeFile(join(outDir, routes.articleCard(slug)), png);
            }),
          ),
        );
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`${cards.length} share ${cards.length === 1 ? 'card' : 'cards'} in ${seconds} s`);
      },
    },
  };
}
