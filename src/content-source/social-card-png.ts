import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp, { type PngOptions } from 'sharp';
import { CACHE_DIR } from './html-cache.ts';

/** Rendered cards, one file per digest of what they draw, beside Astro's other caches. */
const CARD_DIR = join(CACHE_DIR, 'social-cards');

/**
 * Full colour at a light zlib level. A 16-colour palette made files a quarter the size (16 KB
 * against 65 KB) but doubled the cost of a card (about 30 ms of CPU against 15 ms, measured
 * with `npm run time:cards`): at 10,000 articles without photos that is minutes of a cold
 * build, for files a crawler fetches once.
 */
const PNG_OPTIONS: PngOptions = { compressionLevel: 3 };

// Part of every digest: another libvips or librsvg, or other PNG options, may draw other bytes.
const RENDERER = JSON.stringify({ vips: sharp.versions.vips, rsvg: sharp.versions.rsvg, png: PNG_OPTIONS });

/** Draws a card's SVG as an opaque PNG: the same SVG always gives the same bytes. */
export async function renderCardPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).removeAlpha().png(PNG_OPTIONS).toBuffer();
}

/** A card drawn now, or found in the cache from an earlier build. */
export interface CachedCard {
  /** The PNG in the cache folder. */
  file: string;
  drawn: boolean;
}

/**
 * The cache file of a card's SVG, drawn first when this SVG was never drawn (by this renderer):
 * drawing costs tens of milliseconds, finding a cached card a fraction of one. Fonts are not
 * part of the digest: after installing or changing fonts, delete `social-cards/` in the cache.
 */
export async function cachedCardFile(svg: string): Promise<CachedCard> {
  const digest = createHash('sha256').update(RENDERER).update('\n').update(svg).digest('hex');
  const file = join(CARD_DIR, `${digest.slice(0, 40)}.png`);
  if (await exists(file)) return { file, drawn: false };
  const png = await renderCardPng(svg);
  await mkdir(CARD_DIR, { recursive: true });
  // Write then rename, so a build running at the same time never reads half a file.
  const partial = `${file}.${process.pid}.${randomUUID()}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
  return { file, drawn: true };
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
