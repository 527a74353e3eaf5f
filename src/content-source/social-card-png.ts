import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp, { type PngOptions } from 'sharp';
import { CACHE_DIR } from './html-cache.ts';

/** Rendered cards, one file per digest of what they draw, beside Astro's other caches. */
const CARD_DIR = join(CACHE_DIR, 'social-cards');

/**
 * 16 colours, no dithering: a card is flat colours and anti-aliased text, which a 16-colour
 * palette draws without visible loss at a third to a quarter of a full-colour PNG's size.
 */
const PNG_OPTIONS: PngOptions = { palette: true, colours: 16, dither: 0, effort: 1 };

// Part of every digest: another libvips or librsvg, or other PNG options, may draw other bytes.
const RENDERER = JSON.stringify({ vips: sharp.versions.vips, rsvg: sharp.versions.rsvg, png: PNG_OPTIONS });

/** Draws a card's SVG as an opaque PNG: the same SVG always gives the same bytes. */
export async function renderCardPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).removeAlpha().png(PNG_OPTIONS).toBuffer();
}

/**
 * The PNG of a card's SVG, from the cache when this SVG was drawn before (by this renderer):
 * drawing costs tens of milliseconds, reading a cached card a fraction of one. Fonts are not
 * part of the digest: after installing or changing fonts, delete `social-cards/` in the cache.
 */
export async function cachedCardPng(svg: string): Promise<Buffer> {
  const digest = createHash('sha256').update(RENDERER).update('\n').update(svg).digest('hex');
  const file = join(CARD_DIR, `${digest.slice(0, 40)}.png`);
  try {
    return await readFile(file);
  } catch {
    // Not drawn yet: draw it below.
  }
  const png = await renderCardPng(svg);
  await mkdir(CARD_DIR, { recursive: true });
  // Write then rename, so a build running at the same time never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
