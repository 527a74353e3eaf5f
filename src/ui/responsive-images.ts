/**
 * The renditions of each picture the site shows, matched to the layout in `global.css`:
 * the page is at most 76rem wide with 1rem padding each side; from 64rem a 20rem sidebar and a
 * 3rem gap sit beside the main column. Change these with the stylesheet.
 */

/** Modern formats offered as `<source>`s, best first; browsers take the first they decode. */
export const PICTURE_FORMATS = ['avif', 'webp'] as const;

/** The `<img>` fallback's format, for browsers without AVIF or WebP (and for feeds). */
export const FALLBACK_FORMAT = 'jpeg';

/**
 * Width of the main column, which the lead image fills: 51rem (816 px) on wide screens, the
 * viewport less the sidebar between 64rem and 76rem, the viewport less the padding below.
 */
export const LEAD_IMAGE_SIZES =
  '(min-width: 76rem) 51rem, (min-width: 64rem) calc(100vw - 25rem), calc(100vw - 2rem)';

/**
 * Lead image renditions: phones (343–480 px at 2–3×), the 816 px column at 1× and 2×, and
 * 1200 px, which is also the share image. Astro drops widths above the original's.
 */
export const LEAD_IMAGE_WIDTHS = [480, 816, 1200, 1632];

/**
 * What Astro's `<Picture>` needs to offer a picture that fills the main column (the lead image,
 * a picture in the body): the same formats, widths and sizes for both, so a photo used as both
 * adds no file, and the 1200 px JPEG among them is the one feeds and link previews name.
 */
export function columnPicture(image: { width: number }) {
  return {
    formats: [...PICTURE_FORMATS],
    fallbackFormat: FALLBACK_FORMAT,
    width: leadImageWidth(image.width),
    widths: LEAD_IMAGE_WIDTHS,
    sizes: LEAD_IMAGE_SIZES,
  };
}

/** Google Discover and large social cards want images at least this wide. */
export const SHARE_WIDTH = 1200;

/** The lead image's `<img>` width: the share width, or the original's if it is narrower. */
export function leadImageWidth(originalWidth: number): number {
  return Math.min(SHARE_WIDTH, originalWidth);
}

/** Author portraits are drawn 4.5rem (72 px) square, and offered at 2× for sharp screens. */
export const AVATAR_SIZE = 72;
export const AVATAR_DENSITIES = [2];

/**
 * Teaser thumbnails in lists are drawn at most 9rem (144 px) wide, cropped to 3:2 by the
 * stylesheet; one 320 px rendition serves them at 2× and is the only file lists add per photo.
 */
export const THUMBNAIL_WIDTH = 320;

/** The thumbnail's width and height: the original's proportions at {@link THUMBNAIL_WIDTH}, or the original if narrower. */
export function thumbnailSize(original: { width: number; height: number }): { width: number; height: number } {
  const width = Math.min(THUMBNAIL_WIDTH, original.width);
  return { width, height: Math.max(1, Math.round((width * original.height) / original.width)) };
}

/** Teasers at the top of a list, in the first view of a phone: their thumbnails load at once. */
export const EAGER_THUMBNAILS = 2;
