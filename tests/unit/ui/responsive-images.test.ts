import { describe, expect, it } from 'vitest';
import { LEAD_IMAGE_WIDTHS, SHARE_WIDTH, THUMBNAIL_WIDTH, leadImageWidth, thumbnailSize } from '#src/ui/responsive-images.ts';

describe('leadImageWidth', () => {
  it.each([
    [2000, 1200],
    [1200, 1200],
    [800, 800],
  ])('gives an original %i px wide an <img> of %i px', (original, width) => {
    expect(leadImageWidth(original)).toBe(width);
  });
});

describe('LEAD_IMAGE_WIDTHS', () => {
  it('includes the share width, so the share JPEG is one of the page renditions', () => {
    expect(LEAD_IMAGE_WIDTHS).toContain(SHARE_WIDTH);
  });

  it('covers the 816 px main column at 1× and 2×', () => {
    expect(LEAD_IMAGE_WIDTHS).toContain(816);
    expect(LEAD_IMAGE_WIDTHS).toContain(1632);
  });
});

describe('thumbnailSize', () => {
  it.each([
    [{ width: 1600, height: 900 }, { width: THUMBNAIL_WIDTH, height: 180 }],
    [{ width: 1200, height: 800 }, { width: THUMBNAIL_WIDTH, height: 213 }],
    [{ width: 200, height: 100 }, { width: 200, height: 100 }],
  ])('keeps the proportions of %j at most %j', (original, size) => {
    expect(thumbnailSize(original)).toEqual(size);
  });
});
