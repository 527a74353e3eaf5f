/**
 * Draws the site's logo files in public/ from one SVG, so they can be redrawn after a change:
 * a square mark (publisher logo, JSON Feed icon) and the 144 px RSS channel image.
 * Usage: npm run logos
 */
import sharp from 'sharp';

const mark = (size: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="6" fill="#9b1c1c"/>
  <path d="M8 8h5.5c4.4 0 7 2.9 7 8s-2.6 8-7 8H8zM11 11v10h2.3c2.6 0 4-1.7 4-5s-1.4-5-4-5z" fill="#fff"/>
  <path d="M22 8h3v16h-3z" fill="#fff"/>
</svg>`;

for (const [file, size] of [
  ['public/logo-512.png', 512],
  ['public/feed-logo.png', 144],
  ['public/apple-touch-icon.png', 180],
] as const) {
  await sharp(Buffer.from(mark(size))).png({ compressionLevel: 9 }).toFile(file);
  console.info(`${file} (${size}×${size})`);
}
