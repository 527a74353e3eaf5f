import { describe, expect, it } from 'vitest';
import type { SocialCard } from '#src/share-cards/card-svg.ts';
import { withTempCache } from '../../support/temp-cache.ts';

const cards: SocialCard[] = Array.from({ length: 12 }, (_, index) => ({
  headline: `Ferry routes reopen on day ${index}`,
  topic: 'Transport',
  siteName: 'The Daily Insight',
  siteHost: 'dailyinsight.example',
  lang: 'en',
  dir: 'ltr',
}));

describe('drawClaimedCards', () => {
  const cache = withTempCache('card-queue-', () => import('#src/share-cards/queue.ts'));
  const drawClaimedCards: typeof cache.module.drawClaimedCards = (...args) => cache.module.drawClaimedCards(...args);

  it('draws every card exactly once between drawers sharing one counter', async () => {
    const next = new Int32Array(new SharedArrayBuffer(4));
    const drawnBy: Record<string, number[]> = { first: [], second: [] };
    await Promise.all(
      (['first', 'second'] as const).map((drawer, order) =>
        drawClaimedCards(cards, next, order + 2, (drawn) => {
          drawnBy[drawer]?.push(drawn.index);
          expect(drawn.file.startsWith(cache.dir)).toBe(true);
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
