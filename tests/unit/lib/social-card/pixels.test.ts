import { describe, expect, it } from 'vitest';
import {
  createRgbImage,
  fillRect,
  paintMask,
  parseHexColour,
  pixelOffset,
  type RgbImage,
} from '../../../../src/lib/social-card/pixels.ts';

/** The image's pixels as `#rrggbb`, row by row: small images read like pictures. */
function picture(image: RgbImage): string[][] {
  return Array.from({ length: image.height }, (_, y) =>
    Array.from({ length: image.width }, (_, x) => {
      const at = pixelOffset(image, x, y);
      return `#${[...image.data.subarray(at, at + 3)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
    }),
  );
}

const W = '#ffffff';
const K = '#000000';

describe('parseHexColour', () => {
  it('reads #rrggbb in either case', () => {
    expect(parseHexColour('#9b1C1c')).toEqual([0x9b, 0x1c, 0x1c]);
  });

  it.each(['9b1c1c', '#fff', '#12345g', 'red'])('refuses %s', (colour) => {
    expect(() => parseHexColour(colour)).toThrow(/#rrggbb/);
  });
});

describe('fillRect', () => {
  it.each([0, 1, 4])('paints whole pixels of a rectangle, rows of %i prefix bytes left alone', (rowPrefix) => {
    const image = createRgbImage(4, 3, rowPrefix);
    fillRect(image, { x: 0, y: 0, width: 4, height: 3 }, [255, 255, 255]);
    fillRect(image, { x: 1, y: 1, width: 2, height: 2 }, [0, 0, 0]);
    expect(picture(image)).toEqual([
      [W, W, W, W],
      [W, K, K, W],
      [W, K, K, W],
    ]);
    for (let y = 0; y < 3; y++) expect([...image.data.subarray(pixelOffset(image, 0, y) - rowPrefix, pixelOffset(image, 0, y))]).toEqual(Array(rowPrefix).fill(0));
  });

  it('leaves out what falls outside the image', () => {
    const image = createRgbImage(3, 2);
    fillRect(image, { x: -2, y: 1, width: 4, height: 5 }, [255, 255, 255]);
    fillRect(image, { x: 5, y: 0, width: 2, height: 2 }, [255, 255, 255]);
    expect(picture(image)).toEqual([
      [K, K, K],
      [W, W, K],
    ]);
  });
});

describe('paintMask', () => {
  it('moves each pixel towards the colour by its coverage, rounded', () => {
    const image = createRgbImage(3, 1);
    fillRect(image, { x: 0, y: 0, width: 3, height: 1 }, [255, 255, 255]);
    paintMask(image, { width: 3, height: 1, data: Uint8Array.from([0, 128, 255]) }, 0, 0, [0, 0, 0]);
    // 255 × (255 − 128) / 255 = 127.
    expect(picture(image)).toEqual([[W, '#7f7f7f', K]]);
  });

  it('blends each channel on its own', () => {
    const image = createRgbImage(1, 1);
    fillRect(image, { x: 0, y: 0, width: 1, height: 1 }, [200, 100, 0]);
    paintMask(image, { width: 1, height: 1, data: Uint8Array.from([51]) }, 0, 0, [0, 200, 255]);
    // Each channel moves a fifth of the way: 200 → 160, 100 → 120, 0 → 51.
    expect(picture(image)).toEqual([['#a07833']]);
  });

  it('places the mask at its corner and leaves out what falls outside the image', () => {
    const image = createRgbImage(3, 3, 1);
    fillRect(image, { x: 0, y: 0, width: 3, height: 3 }, [255, 255, 255]);
    const full = { width: 2, height: 2, data: Uint8Array.from([255, 255, 255, 255]) };
    paintMask(image, full, 2, 2, [0, 0, 0]);
    paintMask(image, full, -1, -1, [0, 0, 0]);
    expect(picture(image)).toEqual([
      [K, W, W],
      [W, W, W],
      [W, W, K],
    ]);
  });
});
