/**
 * An opaque image in memory: red, green and blue bytes a pixel, rows top to bottom. Each row may
 * start with bytes that are not pixels (`rowPrefix`): a PNG's rows start with their filter type,
 * so an image laid out that way is deflated as it is, without copying its rows.
 */
export interface RgbImage {
  width: number;
  height: number;
  rowPrefix: number;
  data: Uint8Array;
}

/** How much of each pixel a shape covers, 0 (none) to 255 (all), rows top to bottom. */
export interface CoverageMask {
  width: number;
  height: number;
  data: Uint8Array;
}

export type Rgb = readonly [red: number, green: number, blue: number];

/** A black image; the row prefixes are zero. */
export function createRgbImage(width: number, height: number, rowPrefix = 0): RgbImage {
  return { width, height, rowPrefix, data: new Uint8Array((width * 3 + rowPrefix) * height) };
}

/** Where pixel (x, y) starts in the image's data. */
export function pixelOffset(image: RgbImage, x: number, y: number): number {
  return y * (image.width * 3 + image.rowPrefix) + image.rowPrefix + x * 3;
}

/** A `#rrggbb` colour's bytes. */
export function parseHexColour(hex: string): Rgb {
  const match = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/** The part of a box at (left, top) that lies inside the image, in the box's own coordinates. */
function clip(image: RgbImage, left: number, top: number, width: number, height: number) {
  return {
    fromX: Math.max(0, -left),
    fromY: Math.max(0, -top),
    toX: Math.min(width, image.width - left),
    toY: Math.min(height, image.height - top),
  };
}

/** Paints a rectangle (whole pixels) in one colour; what falls outside the image is left out. */
export function fillRect(
  image: RgbImage,
  rect: { x: number; y: number; width: number; height: number },
  colour: Rgb,
): void {
  const { fromX, fromY, toX, toY } = clip(image, rect.x, rect.y, rect.width, rect.height);
  if (toX <= fromX || toY <= fromY) return;
  const rowStart = (y: number) => pixelOffset(image, rect.x + fromX, rect.y + y);
  const first = rowStart(fromY);
  const rowBytes = (toX - fromX) * 3;
  for (let at = first; at < first + rowBytes; at += 3) image.data.set(colour, at);
  // The other rows are copies of the first: a memory copy, not a loop over pixels.
  for (let y = fromY + 1; y < toY; y++) image.data.copyWithin(rowStart(y), first, first + rowBytes);
}

/**
 * Paints `colour` through a coverage mask whose top-left corner is at (left, top): each pixel
 * moves from what it was towards the colour by its coverage, as a rasterizer draws a glyph
 * over what is already there. What falls outside the image is left out.
 */
export function paintMask(image: RgbImage, mask: CoverageMask, left: number, top: number, colour: Rgb): void {
  const { fromX, fromY, toX, toY } = clip(image, left, top, mask.width, mask.height);
  const { data } = image;
  const [red, green, blue] = colour;
  for (let y = fromY; y < toY; y++) {
    const row = y * mask.width;
    let at = pixelOffset(image, left + fromX, top + y);
    for (let x = fromX; x < toX; x++, at += 3) {
      const coverage = mask.data[row + x] ?? 0;
      if (coverage === 0) continue;
      // Integer blend, rounded: (was × (255 − coverage) + colour × coverage) / 255.
      const rest = 255 - coverage;
      data[at] = ((data[at] ?? 0) * rest + red * coverage + 127) / 255;
      data[at + 1] = ((data[at + 1] ?? 0) * rest + green * coverage + 127) / 255;
      data[at + 2] = ((data[at + 2] ?? 0) * rest + blue * coverage + 127) / 255;
    }
  }
}
