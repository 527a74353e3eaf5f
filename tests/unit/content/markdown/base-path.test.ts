import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { prefixBasePath } from '#src/content/markdown/base-path.ts';

function tree(href: string, src: string): Root {
  return {
    type: 'root',
    children: [
      { type: 'element', tagName: 'a', properties: { href }, children: [] },
      { type: 'element', tagName: 'img', properties: { src }, children: [] },
    ],
  };
}

function urls(root: Root): unknown[] {
  return (root.children as Element[]).map((node) => node.properties['href'] ?? node.properties['src']);
}

describe('prefixBasePath', () => {
  it.each([
    ['a root-relative link and image', '/news/a/', '/images/x.jpg', '/news-site/', ['/news-site/news/a/', '/news-site/images/x.jpg']],
    ['an absolute URL, left alone', 'https://example.org/a', 'https://example.org/x.jpg', '/news-site/', ['https://example.org/a', 'https://example.org/x.jpg']],
    ['a protocol-relative URL, left alone', '//example.org/a', '//example.org/x.jpg', '/news-site/', ['//example.org/a', '//example.org/x.jpg']],
    ['a fragment and a relative path, left alone', '#timeline', 'x.jpg', '/news-site/', ['#timeline', 'x.jpg']],
    ['anything, when the site is at the root', '/news/a/', '/images/x.jpg', '/', ['/news/a/', '/images/x.jpg']],
  ])('handles %s', (_label, href, src, base, expected) => {
    const root = tree(href, src);
    prefixBasePath(root, base);
    expect(urls(root)).toEqual(expected);
  });
});
