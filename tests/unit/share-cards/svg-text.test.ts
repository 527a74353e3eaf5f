import { describe, expect, it } from 'vitest';
import { escapeSvgText } from '#src/share-cards/svg-text.ts';

describe('escapeSvgText', () => {
  it.each([
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    // entities' XML escaper writes the apostrophe as &apos; (the hand-written one wrote &#39;).
    ['Quotes "and" it\'s', 'Quotes &quot;and&quot; it&apos;s'],
    ['&amp; stays literal', '&amp;amp; stays literal'],
    ['bell\u0007 and null\u0000 dropped', 'bell and null dropped'],
    ['tab\tand\nnewline kept', 'tab\tand\nnewline kept'],
    ['کراچی میں بارش', 'کراچی میں بارش'],
    ['emoji 🎉 kept', 'emoji 🎉 kept'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeSvgText(text)).toBe(escaped);
  });
});
