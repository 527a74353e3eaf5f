import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type PngOptions } from 'sharp';
import { cardLayoutSvg, socialCardLayout, type SocialCard } from './card-svg.ts';
import { loadCardRasterizer, type CardRasterizer } from './card-raster.ts';
import { env } from '../config/env.ts';

/** Rendered cards, one file per digest of what they draw, beside Astro's other caches. */
const CARD_DIR = join(env.cacheDir, 'social-cards');

/**
 * Cards drawn by librsvg: full colour at a light zlib level. sharp's 16-colour palette made files
 * smaller but doubled their cost (`npm run time:cards`), as it searches each card for its
 * colours; the fast renderer knows its palette before it paints.
 */
const CARD_PNG_OPTIONS = { compressionLevel: 3 } as const satisfies PngOptions;

// Part of every digest: another libvips or librsvg, or other PNG options, may draw other bytes.
const RENDERER = JSON.stringify({ vips: sharp.versions.vips, rsvg: sharp.versions.rsvg, png: CARD_PNG_OPTIONS });

/** Draws a card's SVG as an opaque PNG: the same SVG always gives the same bytes. */
export async function renderCardPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).removeAlpha().png(CARD_PNG_OPTIONS).toBuffer();
}

/** A card drawn now, or found in the cache from an earlier build. */
export interface CachedCard {
  /** The PNG in the cache folder. */
  file: string;
  drawn: boolean;
}

/** Made once a thread: a build writes thousands of cards into it. */
let cardDirMade = false;

/** Loaded at the first card: reading the fonts is wasted on a build without cards. */
let rasterizer: CardRasterizer | undefined | null = null;

function fastRasterizer(): CardRasterizer | undefined {
  if (rasterizer === null) {
    rasterizer = loadCardRasterizer();
    if (!rasterizer) {
      console.warn('Share cards: fontconfig (fc-match) or its fonts are missing; librsvg draws every card, about 3× slower.');
    }
  }
  return rasterizer;
}

/**
 * The cache file of a card, drawn first when this card was never drawn (by this renderer):
 * drawing costs milliseconds, finding a cached card a fraction of one. Left-to-right cards are
 * drawn by the fast renderer (card-raster.ts), others by librsvg from the card's SVG. Fonts of
 * the fast renderer are part of its digests; librsvg's are not: after installing or changing
 * fonts, delete `social-cards/` in the cache.
 * The file calls are synchronous: cards are drawn on a thread of their own (and by the main
 * thread only once the pages are written), and promises through the thread pool cost a
 * noticeable share of a card (docs/performance.md).
 */
export async function cachedCardFile(card: SocialCard): Promise<CachedCard> {
  const drawing = cardDrawing(card);
  const digest = createHash('sha256').update(drawing.key).digest('hex');
  const file = join(CARD_DIR, `${digest.slice(0, 40)}.png`);
  if (existsSync(file)) return { file, drawn: false };
  const png = await drawing.draw();
  if (!cardDirMade) mkdirSync(CARD_DIR, { recursive: true });
  cardDirMade = true;
  // Write then rename, so a build running at the same time never reads half a file.
  const partial = `${file}.${process.pid}.${randomUUID()}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return { file, drawn: true };
}

/** How a card is drawn, and what decides its bytes (its cache key). */
function cardDrawing(card: SocialCard): { key: string; draw: () => Promise<Buffer> } {
  const layout = socialCardLayout(card);
  const fast = fastRasterizer();
  if (fast?.canDraw(layout)) {
    return { key: `fast ${fast.fingerprint}\n${JSON.stringify(layout)}`, draw: () => fast.draw(layout) };
  }
  const svg = cardLayoutSvg(layout);
  return { key: `${RENDERER}\n${svg}`, draw: () => renderCardPng(svg) };
}
