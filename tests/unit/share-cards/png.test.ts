import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodePalettePng } from '#src/share-cards/png.ts';
import {
  createPaletteImage,
  fillRect,
  pixelOffset,
  type PaletteImage,
  type Rgb,
} from '#src/share-cards/pixels.ts';

/** A small image with a different palette index in every pixel. */
function gradient(): PaletteImage {
  const image = createPaletteImage(7, 5, [250, 250, 245], [[20, 20, 20], [155, 28, 28], [89, 89, 89]]);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) image.data[pixelOffset(image, x, y)] = (y * image.width + x) * 5;
  }
  return image;
}

/** The colour of every pixel, as a decoder gives them. */
function colours(image: PaletteImage): number[] {
  return Array.from({ length: image.height }, (_, y) =>
    Array.from({ length: image.width }, (_, x): Rgb => image.palette[image.data[pixelOffset(image, x, y)] ?? 0] ?? [0, 0, 0]),
  ).flat(2);
}

describe('encodePalettePng', () => {
  it('writes a PNG that decodes to the colours of the image', async () => {
    const image = gradient();
    const decoded = await sharp(encodePalettePng(image)).raw().toBuffer({ resolveWithObject: true });
    expect(decoded.info).toMatchObject({ width: 7, height: 5, channels: 3 });
    expect([...decoded.data]).toEqual(colours(image));
  });

  it('is an 8-bit indexed PNG without alpha', async () => {
    const metadata = await sharp(encodePalettePng(gradient())).metadata();
    expect([metadata.format, metadata.isPalette, metadata.hasAlpha, metadata.bitsPerSample]).toEqual(['png', true, false, 8]);
  });

  it('gives the same bytes for the same image', async () => {
    const [first, again] = [encodePalettePng(gradient()), encodePalettePng(gradient())];
    expect(Buffer.compare(first, again)).toBe(0);
  });

  it('gives other bytes for another pixel', async () => {
    const other = gradient();
    fillRect(other, { x: 3, y: 2, width: 1, height: 1 }, 2);
    expect(Buffer.compare(encodePalettePng(gradient()), encodePalettePng(other))).not.toBe(0);
  });
});
