import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SocialCard } from '../../../src/lib/social-card/card-svg.ts';

const cards: SocialCard[] = Array.from({ length: 12 }, (_, index) => ({
  headline: `Ferry routes reopen on day ${index}`,
  topic: 'Transport',
  siteName: 'The Daily Insight',
  siteHost: 'dailyinsight.example',
  lang: 'en',
  dir: 'ltr',
}));

describe('drawClaimedCards', () => {
  let cacheDir: string;
  let drawClaimedCards: typeof import('../../../src/content-source/share-card-queue.ts').drawClaimedCards;

  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'card-queue-'));
    process.env['ASTRO_CACHE_DIR'] = cacheDir;
    // Imported after ASTRO_CACHE_DIR is set: the cache folder is read once, at import.
    ({ drawClaimedCards } = await import('../../../src/content-source/share-card-queue.ts'));
  });

  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('draws every card exactly once between drawers sharing one counter', async () => {
    const next = new Int32Array(new SharedArrayBuffer(4));
    const drawnBy: Record<string, number[]> = { first: [], second: [] };
    await Promise.all(
      (['first', 'second'] as const).map((drawer, order) =>
        drawClaimedCards(cards, next, order + 2, (drawn) => {
          drawnBy[drawer]?.push(drawn.index);
          expect(drawn.file.startsWith(cacheDir)).toBe(true);
        }),
      ),
    );
    const all = [...(drawnBy['first'] ?? []), ...(drawnBy['second'] ?? [])].sort((a, b) => a - b);
    expect(all).toEqual(cards.map((_, index) => index));
    expect(drawnBy['first']?.length).toBeGreaterThan(0);
    expect(drawnBy['second']?.length).toBeGreaterThan(0);
  });

  it('draws nothing more once the counter has passed the end', async () => {
    const next = new Int32Array(new SharedArrayBuffer(4));
    next[0] = cards.length;
    const drawn: number[] = [];
    await drawClaimedCards(cards, next, 3, (card) => drawn.push(card.index));
    expect(drawn).toEqual([]);
  });
});
