/** A colour as red, green and blue bytes. */
export type Rgb = readonly [red: number, green: number, blue: number];

/**
 * An image of few colours, each pixel one byte naming a colour of its palette: a background
 * (index 0), and for each ink a ramp of RAMP_LEVELS colours from the background to the ink, so
 * antialiased text needs no other colour. Each row starts with one byte that is not a pixel and
 * stays 0: the rows of a PNG start with their filter type, 0 for none, so the image is deflated
 * into a PNG as it is (src/share-cards/png.ts).
 */
export interface PaletteImage {
  width: number;
  height: number;
  palette: Rgb[];
  /** How many inks have a ramp in the palette. */
  inks: number;
  data: Uint8Array;
}

/** How much of each pixel a shape covers, 0 (none) to 255 (all), rows top to bottom. */
export interface CoverageMask {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Shades of an ink: edges of text blend in 1/63 steps, finer than the eye tells on a card. */
export const RAMP_LEVELS = 63;
/** Inks a palette holds besides the background: 4 × 63 shades + 1 ≤ 256 colours. */
export const MAX_INKS = Math.floor(255 / RAMP_LEVELS);

/** A `#rrggbb` colour's bytes. */
export function parseHexColour(hex: string): Rgb {
  const match = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/** An image filled with the background, with a ramp for each ink (at most four). */
export function createPaletteImage(width: number, height: number, background: Rgb, inks: readonly Rgb[]): PaletteImage {
  if (inks.length > MAX_INKS) throw new Error(`A palette image holds at most ${MAX_INKS} inks, not ${inks.length}`);
  const palette: Rgb[] = [background];
  for (const ink of inks) {
    for (let level = 1; level <= RAMP_LEVELS; level++) palette.push(blend(background, ink, level / RAMP_LEVELS));
  }
  return { width, height, palette, inks: inks.length, data: new Uint8Array((width + 1) * height) };
}

/** `from` moved towards `to` by `share` (0 to 1), rounded to whole bytes. */
function blend(from: Rgb, to: Rgb, share: number): Rgb {
  const channel = (index: 0 | 1 | 2) => Math.round(from[index] + (to[index] - from[index]) * share);
  return [channel(0), channel(1), channel(2)];
}

/** The palette index of an ink (numbered from 0 in the order given) at a level of its ramp. */
export function inkIndex(ink: number, level: number): number {
  return level === 0 ? 0 : 1 + ink * RAMP_LEVELS + level - 1;
}

/** Where pixel (x, y) is in the image's data. */
export function pixelOffset(image: PaletteImage, x: number, y: number): number {
  return y * (image.width + 1) + 1 + x;
}

/** The part of a box at (left, top) that lies inside the image, in the box's own coordinates. */
function clip(image: PaletteImage, left: number, top: number, width: number, height: number) {
  return {
    fromX: Math.max(0, -left),
    fromY: Math.max(0, -top),
    toX: Math.min(width, image.width - left),
    toY: Math.min(height, image.height - top),
  };
}

/** Paints a rectangle (whole pixels) in an ink; what falls outside the image is left out. */
export function fillRect(
  image: PaletteImage,
  rect: { x: number; y: number; width: number; height: number },
  ink: number,
): void {
  const { fromX, fromY, toX, toY } = clip(image, rect.x, rect.y, rect.width, rect.height);
  for (let y = fromY; y < toY; y++) {
    const row = pixelOffset(image, rect.x, rect.y + y);
    image.data.fill(inkIndex(ink, RAMP_LEVELS), row + fromX, row + toX);
  }
}

/**
 * What each pixel becomes when `ink` covers it by a coverage, by `(index << 8) | coverage`: on
 * the background or the same ink's ramp, ink is added to what is there (as a rasterizer blends
 * a glyph over what is already drawn); over another ink, which no card text does, the stronger
 * of the two stays. Computed once per ink.
 */
const paintTables = new Map<string, Uint8Array>();
function paintTable(inks: number, ink: number): Uint8Array {
  const key = `${inks} ${ink}`;
  let table = paintTables.get(key);
  if (table) return table;
  table = new Uint8Array(256 * 256);
  const rampEnd = 1 + inks * RAMP_LEVELS;
  for (let index = 0; index < 256; index++) {
    const ramp = index === 0 || index >= rampEnd ? -1 : Math.floor((index - 1) / RAMP_LEVELS);
    const level = index === 0 ? 0 : ((index - 1) % RAMP_LEVELS) + 1;
    for (let coverage = 0; coverage < 256; coverage++) {
      const added = Math.round((coverage / 255) * RAMP_LEVELS);
      let result = index;
      if (index === 0) result = inkIndex(ink, added);
      else if (ramp === ink) result = inkIndex(ink, Math.round(level + (RAMP_LEVELS - level) * (coverage / 255)));
      else if (ramp >= 0 && added > level) result = inkIndex(ink, added);
      table[(index << 8) | coverage] = result;
    }
  }
  paintTables.set(key, table);
  return table;
}

/**
 * Paints an ink through a coverage mask whose top-left corner is at (left, top). What falls
 * outside the image is left out.
 */
export function paintMask(image: PaletteImage, mask: CoverageMask, left: number, top: number, ink: number): void {
  const { fromX, fromY, toX, toY } = clip(image, left, top, mask.width, mask.height);
  const table = paintTable(image.inks, ink);
  const { data } = image;
  for (let y = fromY; y < toY; y++) {
    const row = y * mask.width;
    let at = pixelOffset(image, left + fromX, top + y);
    for (let x = fromX; x < toX; x++, at++) {
      const coverage = mask.data[row + x] ?? 0;
      if (coverage !== 0) data[at] = table[((data[at] ?? 0) << 8) | coverage] ?? 0;
    }
  }
}
