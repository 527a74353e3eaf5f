import { describe, expect, it } from 'vitest';
import { LEAD_IMAGE_WIDTHS, SHARE_WIDTH, leadImageWidth } from '#src/ui/responsive-images.ts';

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
