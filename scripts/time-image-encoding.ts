/**
 * Times the encoding of the sample newsroom's photos into the renditions the site serves (each
 * lead image width in AVIF, WebP and JPEG), with AVIF at sharp's default effort and at the
 * site's, and prints seconds (wall clock, and CPU over all threads, which a busy machine
 * inflates less) and kilobytes per photo. Nothing is written.
 * Usage: npm exec -- node scripts/time-image-encoding.ts [photo.jpg …]
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { LEAD_IMAGE_WIDTHS } from '../src/ui/responsive-images.ts';
import { imageEncoding } from '../src/config/image-encoding.ts';

type Encoder = { label: string; encode: (image: Sharp) => Sharp };

const encoders: Encoder[] = [
  { label: 'AVIF, effort 4 (default)', encode: (image) => image.avif() },
  { label: `AVIF, effort ${imageEncoding.avif.effort} (site)`, encode: (image) => image.avif(imageEncoding.avif) },
  { label: 'WebP', encode: (image) => image.webp() },
  { label: 'JPEG', encode: (image) => image.jpeg() },
];

async function samplePhotos(): Promise<string[]> {
  const entries = await readdir('content/articles', { recursive: true });
  return entries.filter((name) => name.endsWith('.jpg')).map((name) => join('content/articles', name)).sort();
}

const photos = process.argv.length > 2 ? process.argv.slice(2) : await samplePhotos();
// Encodes run one after another; libvips (and the AVIF encoder) may still use every core for one.
const totals = new Map<string, { seconds: number; cpu: number; bytes: number }>();
console.info(`Renditions per photo and format: ${LEAD_IMAGE_WIDTHS.join(', ')} px wide; ${photos.length} photos\n`);
for (const photo of photos) {
  const { width = 0 } = await sharp(photo).metadata();
  const widths = LEAD_IMAGE_WIDTHS.filter((w) => w <= width);
  for (const { label, encode } of encoders) {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    let bytes = 0;
    for (const w of widths) bytes += (await encode(sharp(photo).resize({ width: w })).toBuffer()).length;
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(startedCpu);
    const cpu = (used.user + used.system) / 1e6;
    const total = totals.get(label) ?? { seconds: 0, cpu: 0, bytes: 0 };
    totals.set(label, { seconds: total.seconds + seconds, cpu: total.cpu + cpu, bytes: total.bytes + bytes });
    console.info(`${photo}  ${label.padEnd(26)} ${seconds.toFixed(2).padStart(6)} s  ${cpu.toFixed(2).padStart(6)} s CPU  ${(bytes / 1024).toFixed(0).padStart(5)} KB`);
  }
}
console.info('\nPer photo (all its renditions), mean:');
for (const [label, { seconds, cpu, bytes }] of totals) {
  const mean = (value: number, digits: number) => (value / photos.length).toFixed(digits).padStart(6);
  console.info(`  ${label.padEnd(26)} ${mean(seconds, 2)} s  ${mean(cpu, 2)} s CPU  ${mean(bytes / 1024, 0)} KB`);
}
