import type { SharpImageServiceConfig } from 'astro/assets/services/sharp';

/**
 * Encoder options for every image Astro renders, passed to its sharp service
 * (`sharpImageService()` in `astro.config.mjs`). Qualities stay sharp's defaults
 * (AVIF 50, WebP 80, JPEG 80).
 *
 * AVIF at sharp's default effort (4) spends seconds on one large photo; effort 2 encodes
 * several times faster for files only a little larger (`npm run time:images`; figures in
 * docs/features.md, "Images"). Encoded files are cached between
 * builds, so this is paid once per image, but a newsroom adds photos every day.
 */
export const imageEncoding = {
  avif: { effort: 2 },
} satisfies SharpImageServiceConfig;
