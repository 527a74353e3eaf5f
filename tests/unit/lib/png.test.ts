import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeRgbPng } from '../../../src/lib/png.ts';
import { createRgbImage, fillRect, pixelOffset, type RgbImage } from '../../../src/lib/social-card/pixels.ts';

/** A small image with a different colour in every pixel. */
function gradient(rowPrefix: number): RgbImage {
  const image = createRgbImage(7, 5, rowPrefix);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      fillRect(image, { x, y, width: 1, height: 1 }, [x * 30, y * 50, (x * y * 13) % 256]);
    }
  }
  return image;
}

/** The pixels without row prefixes, as a decoder gives them. */
function pixels(image: RgbImage): number[] {
  return Array.from({ length: image.height }, (_, y) => {
    const at = pixelOffset(image, 0, y);
    return [...image.data.subarray(at, at + image.width * 3)];
  }).flat();
}

describe('encodeRgbPng', () => {
  it.each([0, 1, 2])('writes a PNG that decodes to the same pixels (rows with %i prefix bytes)', async (rowPrefix) => {
    const image = gradient(rowPrefix);
    const png = await encodeRgbPng(image, 3);
    const decoded = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(decoded.info).toMatchObject({ format: 'raw', width: 7, height: 5, channels: 3 });
    expect([...decoded.data]).toEqual(pixels(image));
  });

  it('is an 8-bit truecolour PNG without alpha', async () => {
    const metadata = await sharp(await encodeRgbPng(gradient(1), 3)).metadata();
    expect([metadata.format, metadata.channels, metadata.hasAlpha, metadata.depth]).toEqual(['png', 3, false, 'uchar']);
  });

  it('gives the same bytes for the same image, whatever its row prefix', async () => {
    const [first, again, unprefixed] = await Promise.all([
      encodeRgbPng(gradient(1), 3),
      encodeRgbPng(gradient(1), 3),
      encodeRgbPng(gradient(0), 3),
    ]);
    expect(Buffer.compare(first, again)).toBe(0);
    expect(Buffer.compare(first, unprefixed)).toBe(0);
  });

  it('copies the rows when a prefix byte is not a PNG filter type of zero', async () => {
    const image = gradient(1);
    image.data[pixelOffset(image, 0, 2) - 1] = 7;
    const decoded = await sharp(await encodeRgbPng(image, 3)).raw().toBuffer();
    expect([...decoded]).toEqual(pixels(image));
  });
});
