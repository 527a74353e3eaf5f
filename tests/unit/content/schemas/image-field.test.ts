import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleFrontmatterSchema, articleSchemaWithImage } from '#src/content/schemas/article.ts';
import { authorSchemaWithImage } from '#src/content/schemas/author.ts';

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
  it('resolves the lead image and keeps every other field as the frontmatter schema parses it', async () => {
    const data = { ...article, image: './port.jpg', imageAlt: 'Cranes at dusk' };
    const parsed = await articleSchemaWithImage(fakeImage()).parseAsync(data);
    expect(parsed.image).toEqual({ src: '/_astro/port.jpg', width: 1200, height: 800, format: 'jpg' });
    expect({ ...parsed, image: undefined }).toEqual({ ...articleFrontmatterSchema.parse(data), image: undefined });
  });

  it('leaves an article without an image alone', async () => {
    const parsed = await articleSchemaWithImage(fakeImage()).parseAsync(article);
    expect(parsed).toEqual(articleFrontmatterSchema.parse(article));
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

  it('still runs the frontmatter checks first (an image needs its text alternative)', async () => {
    const result = await articleSchemaWithImage(fakeImage()).safeParseAsync({ ...article, image: './port.jpg' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['imageAlt']]);
  });
});

describe('authorSchemaWithImage', () => {
  it('resolves the avatar', async () => {
    const parsed = await authorSchemaWithImage(fakeImage()).parseAsync({ name: 'Amina Rauf', avatar: './amina.jpg' });
    expect(parsed.avatar?.src).toBe('/_astro/amina.jpg');
    expect(parsed.social).toEqual({});
  });
});
