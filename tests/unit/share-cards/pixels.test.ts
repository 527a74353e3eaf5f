import { describe, expect, it } from 'vitest';
import {
  createPaletteImage,
  fillRect,
  inkIndex,
  MAX_INKS,
  paintMask,
  parseHexColour,
  pixelOffset,
  RAMP_LEVELS,
  type PaletteImage,
  type Rgb,
} from '#src/share-cards/pixels.ts';

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const RED: Rgb = [200, 0, 0];

/** The image's pixels as palette indexes, row by row: small images read like pictures. */
function picture(image: PaletteImage): number[][] {
  return Array.from({ length: image.height }, (_, y) => [
    ...image.data.subarray(pixelOffset(image, 0, y), pixelOffset(image, image.width, y)),
  ]);
}

/** The colour a pixel shows. */
function colourAt(image: PaletteImage, x: number, y: number): Rgb | undefined {
  return image.palette[image.data[pixelOffset(image, x, y)] ?? -1];
}

const mask = (width: number, coverage: number[]) => ({ width, height: coverage.length / width, data: Uint8Array.from(coverage) });

describe('parseHexColour', () => {
  it('reads #rrggbb in either case', () => {
    expect(parseHexColour('#9b1C1c')).toEqual([0x9b, 0x1c, 0x1c]);
  });

  it.each(['9b1c1c', '#fff', '#12345g', 'red'])('refuses %s', (colour) => {
    expect(() => parseHexColour(colour)).toThrow(/#rrggbb/);
  });
});

describe('createPaletteImage', () => {
  it('has the background, then a ramp of shades from it to each ink', () => {
    const image = createPaletteImage(2, 2, WHITE, [BLACK, RED]);
    expect(image.palette).toHaveLength(1 + 2 * RAMP_LEVELS);
    expect(image.palette[0]).toEqual(WHITE);
    expect(image.palette[inkIndex(0, RAMP_LEVELS)]).toEqual(BLACK);
    expect(image.palette[inkIndex(1, RAMP_LEVELS)]).toEqual(RED);
    // Level 21 of 63 is a third of the way from white to red.
    expect(image.palette[inkIndex(1, 21)]).toEqual([237, 170, 170]);
    expect(picture(image)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('refuses more inks than 256 colours hold', () => {
    expect(() => createPaletteImage(1, 1, WHITE, Array.from({ length: MAX_INKS + 1 }, () => BLACK))).toThrow(/at most 4 inks/);
  });

  it('starts every row with a zero byte, as PNG rows start with their filter type', () => {
    const image = createPaletteImage(3, 2, WHITE, [BLACK]);
    fillRect(image, { x: 0, y: 0, width: 3, height: 2 }, 0);
    expect(image.data[0]).toBe(0);
    expect(image.data[pixelOffset(image, 0, 1) - 1]).toBe(0);
  });
});

describe('fillRect', () => {
  it('paints whole pixels of a rectangle in the full ink', () => {
    const image = createPaletteImage(4, 3, WHITE, [BLACK]);
    fillRect(image, { x: 1, y: 1, width: 2, height: 2 }, 0);
    const ink = inkIndex(0, RAMP_LEVELS);
    expect(picture(image)).toEqual([
      [0, 0, 0, 0],
      [0, ink, ink, 0],
      [0, ink, ink, 0],
    ]);
  });

  it('leaves out what falls outside the image', () => {
    const image = createPaletteImage(3, 2, WHITE, [BLACK]);
    fillRect(image, { x: -2, y: 1, width: 4, height: 5 }, 0);
    fillRect(image, { x: 5, y: 0, width: 2, height: 2 }, 0);
    const ink = inkIndex(0, RAMP_LEVELS);
    expect(picture(image)).toEqual([
      [0, 0, 0],
      [ink, ink, 0],
    ]);
  });
});

describe('paintMask', () => {
  it('shades each pixel of the background by its coverage', () => {
    const image = createPaletteImage(4, 1, WHITE, [BLACK]);
    paintMask(image, mask(4, [0, 85, 128, 255]), 0, 0, 0);
    expect(picture(image)).toEqual([[0, inkIndex(0, 21), inkIndex(0, 32), inkIndex(0, RAMP_LEVELS)]]);
    expect(colourAt(image, 3, 0)).toEqual(BLACK);
  });

  it('adds ink to ink, as a glyph drawn over the edge of another', () => {
    const image = createPaletteImage(1, 1, WHITE, [BLACK]);
    paintMask(image, mask(1, [128]), 0, 0, 0);
    paintMask(image, mask(1, [128]), 0, 0, 0);
    // Half covered (level 32 of 63), then half of the rest: 32 + 31 × 128/255 ≈ 48.
    expect(picture(image)).toEqual([[inkIndex(0, 48)]]);
  });

  it('keeps the stronger of two inks where they meet', () => {
    const image = createPaletteImage(2, 1, WHITE, [BLACK, RED]);
    fillRect(image, { x: 0, y: 0, width: 1, height: 1 }, 1);
    paintMask(image, mask(2, [128, 128]), 0, 0, 0);
    expect(picture(image)).toEqual([[inkIndex(1, RAMP_LEVELS), inkIndex(0, 32)]]);
  });

  it('places the mask at its corner and leaves out what falls outside the image', () => {
    const image = createPaletteImage(3, 3, WHITE, [BLACK]);
    const full = mask(2, [255, 255, 255, 255]);
    paintMask(image, full, 2, 2, 0);
    paintMask(image, full, -1, -1, 0);
    const ink = inkIndex(0, RAMP_LEVELS);
    expect(picture(image)).toEqual([
      [ink, 0, 0],
      [0, 0, 0],
      [0, 0, ink],
    ]);
  });
});
