import type { Element, Properties } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { externalLinkRel } from '#src/content/markdown/external-links.ts';

function anchor(properties: Properties): Element {
  return { type: 'element', tagName: 'a', properties, children: [{ type: 'text', value: 'x' }] };
}

describe('externalLinkRel', () => {
  it.each([
    ['a link that opens in a new tab', { href: 'https://example.com/', target: '_blank' }, ['noopener', 'noreferrer']],
    ['a link in the same tab', { href: 'https://example.com/' }, ['noopener']],
    ['a link aimed at the same frame', { href: 'https://example.com/', target: '_self' }, ['noopener']],
    ['a link aimed at a named window', { href: 'https://example.com/', target: 'report' }, ['noopener']],
    ['a link with an empty target', { href: 'https://example.com/', target: '' }, ['noopener']],
  ])('gives %s the rel %j', (_label, properties, rel) => {
    expect(externalLinkRel(anchor(properties))).toEqual(rel);
  });

  it('returns a fresh list each time, so one link cannot change another', () => {
    const first = externalLinkRel(anchor({}));
    first.push('nofollow');
    expect(externalLinkRel(anchor({}))).toEqual(['noopener']);
  });
});

describe('externalLinkRel in rehype-external-links', () => {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeExternalLinks, { rel: externalLinkRel })
    .use(rehypeStringify);
  const run = (html: string) => String(processor.processSync(html));

  it.each([
    [
      'an external link in a new tab',
      '<a href="https://example.com/" target="_blank">x</a>',
      '<a href="https://example.com/" target="_blank" rel="noopener noreferrer">x</a>',
    ],
    ['an external link', '<a href="https://example.com/">x</a>', '<a href="https://example.com/" rel="noopener">x</a>'],
    ['an http link', '<a href="http://example.com/">x</a>', '<a href="http://example.com/" rel="noopener">x</a>'],
    ['a protocol-relative link', '<a href="//example.com/">x</a>', '<a href="//example.com/" rel="noopener">x</a>'],
    ['an internal link', '<a href="/news/karachi-port/">x</a>', '<a href="/news/karachi-port/">x</a>'],
    ['a relative link', '<a href="../karachi-port/">x</a>', '<a href="../karachi-port/">x</a>'],
    ['an internal link in a new tab', '<a href="/news/a/" target="_blank">x</a>', '<a href="/news/a/" target="_blank">x</a>'],
    ['a fragment link', '<a href="#timeline">x</a>', '<a href="#timeline">x</a>'],
    ['a mail link', '<a href="mailto:desk@example.com">x</a>', '<a href="mailto:desk@example.com">x</a>'],
  ])('finishes %s', (_label, html, expected) => {
    expect(run(html)).toBe(expected);
  });

  it('adds no target to an external link that has none', () => {
    expect(run('<a href="https://example.com/">x</a>')).not.toContain('target=');
  });
});
