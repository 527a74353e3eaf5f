import { constants, crc32, deflateSync } from 'node:zlib';
import type { PaletteImage } from './pixels.ts';

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const INDEXED_COLOUR = 3;

/** A PNG chunk: length, type, data, and the CRC-32 of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const typeBytes = Buffer.from(type, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(typeBytes)));
  return Buffer.concat([length, typeBytes, data, crc]);
}

/**
 * A palette image as a PNG: 8-bit indexed colour with its palette, no interlacing, its rows
 * (which start with filter type 0, none) deflated by Node's zlib. The same image gives the same
 * bytes. Written here rather than taken from a library because the cost of a share card was
 * mostly its PNG, and this was faster than sharp or pngjs on the same pixels
 * (docs/performance.md). A card's pixels are mostly long runs of the background's index, which
 * zlib's run-length strategy finds faster than its default, for slightly larger files. Synchronous: cards are drawn on a worker thread, and
 * the thread pool is left to the build's file writes.
 */
export function encodePalettePng(image: PaletteImage): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = 8; // bits a pixel
  header[9] = INDEXED_COLOUR;
  // Bytes 10–12: deflate, adaptive filtering (each row names its filter), no interlacing: all 0.
  const palette = Uint8Array.from(image.palette.flat());
  const data = deflateSync(image.data, { strategy: constants.Z_RLE });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', palette), chunk('IDAT', data), chunk('IEND', new Uint8Array(0))]);
}
