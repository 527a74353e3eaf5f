import { describe, expect, it } from 'vitest';
import { authorFrontmatterSchema } from '#src/content/schemas/author.ts';

describe('authorFrontmatterSchema accepts', () => {
  it.each<[string, Record<string, unknown>]>([
    ['a name only', { name: 'Amina Rauf' }],
    ['an https site', { name: 'Amina Rauf', url: 'https://example.com/amina-rauf' }],
    ['an http site', { name: 'Amina Rauf', url: 'http://example.com' }],
    ['an avatar path', { name: 'Amina Rauf', avatar: './amina.jpg' }],
    [
      'every social network',
      {
        name: 'Amina Rauf',
        social: {
          x: 'https://x.com/a',
          facebook: 'https://www.facebook.com/a',
          instagram: 'https://www.instagram.com/a',
          linkedin: 'https://www.linkedin.com/in/a',
          youtube: 'https://www.youtube.com/@a',
          mastodon: 'https://mastodon.example.org/@a',
        },
      },
    ],
  ])('%s', (_label, input) => {
    expect(authorFrontmatterSchema.safeParse(input).success).toBe(true);
  });

  it('gives an author no social links by default', () => {
    expect(authorFrontmatterSchema.parse({ name: 'Amina Rauf' })).toEqual({ name: 'Amina Rauf', social: {} });
  });
});

describe('authorFrontmatterSchema rejects', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a missing name', {}, 'name'],
    ['a blank name', { name: '  ' }, 'name'],
    ['a site without a scheme', { name: 'A', url: 'example.com' }, 'url'],
    ['an ftp site', { name: 'A', url: 'ftp://example.com' }, 'url'],
    ['a javascript: link', { name: 'A', url: 'javascript:alert(1)' }, 'url'],
    ['a mailto: link', { name: 'A', url: 'mailto:a@example.com' }, 'url'],
    ['a social link without a scheme', { name: 'A', social: { x: 'x.com/a' } }, 'social.x'],
    ['a javascript: social link', { name: 'A', social: { youtube: 'javascript:alert(1)' } }, 'social.youtube'],
    ['an unknown social network', { name: 'A', social: { tiktok: 'https://tiktok.com/@a' } }, 'social'],
    ['an unknown field', { name: 'A', bio: 'Writes.' }, ''],
    ['a name that is not text', { name: 42 }, 'name'],
  ])('%s', (_label, input, path) => {
    const result = authorFrontmatterSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
