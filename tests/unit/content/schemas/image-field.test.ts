import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleFrontmatterSchema, articleSchemaWithImage } from '#src/content/schemas/article.ts';
import { authorFrontmatterSchema, authorSchemaWithImage } from '#src/content/schemas/author.ts';

/** Stands in for Astro's `image()`: resolves a path to metadata, or fails as it does for a missing file. */
const fakeImage = () =>
  z.string().transform((path, context) => {
    if (path.includes('missing')) {
      context.addIssue({ code: 'custom', message: `Image ${path} does not exist`, params: { isHoistedAstroError: true } });
      return z.NEVER;
    }
    return { src: `/_astro/${path.replace(/^\.\//, '')}`, width: 1200, height: 800, format: 'jpg' as const };
  });

const article = {
  title: 'Port expands',
  dateline: '2025-04-15',
  city: 'Karachi',
  author: 'amina-rauf',
  tags: ['Trade'],
};

describe('articleSchemaWithImage', () => {
  it('resolves the lead image of checked frontmatter and keeps every other field as the check parsed it', async () => {
    const checked = articleFrontmatterSchema.parse({ ...article, image: './port.jpg', imageAlt: 'Cranes at dusk' });
    const parsed = await articleSchemaWithImage(fakeImage()).parseAsync(checked);
    expect(parsed.image).toEqual({ src: '/_astro/port.jpg', width: 1200, height: 800, format: 'jpg' });
    expect({ ...parsed, image: undefined }).toEqual({ ...checked, image: undefined });
  });

  it('leaves an article without an image alone', async () => {
    const checked = articleFrontmatterSchema.parse(article);
    const parsed = await articleSchemaWithImage(fakeImage()).parseAsync(checked);
    expect(parsed).toEqual(checked);
    expect('image' in parsed).toBe(false);
  });

  it('reports an image that does not resolve under the image field, with the issue as the image field gave it', async () => {
    const result = await articleSchemaWithImage(fakeImage()).safeParseAsync({
      ...article,
      image: './missing.jpg',
      imageAlt: 'Nothing',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([
      { code: 'custom', path: ['image'], message: 'Image ./missing.jpg does not exist', params: { isHoistedAstroError: true } },
    ]);
  });

  it('refuses data that is not frontmatter at all (the loaders pass only checked files)', async () => {
    const result = await articleSchemaWithImage(fakeImage()).safeParseAsync(['not', 'frontmatter']);
    expect(result.success).toBe(false);
  });
});

describe('authorSchemaWithImage', () => {
  it('resolves the avatar of checked frontmatter and keeps the defaults the check filled in', async () => {
    const checked = authorFrontmatterSchema.parse({ name: 'Amina Rauf', avatar: './amina.jpg' });
    const parsed = await authorSchemaWithImage(fakeImage()).parseAsync(checked);
    expect(parsed.avatar?.src).toBe('/_astro/amina.jpg');
    expect(parsed.social).toEqual({});
  });
});
