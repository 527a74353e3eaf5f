import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { addDatelineLead, firstParagraphText } from '#src/content/markdown/article-html.ts';

describe('the dateline lead’s city, escaped as HTML text', () => {
  const leadOf = (city: string) => addDatelineLead('<p>Body.</p>', city, 'TDI');
  // Quotes need no escaping in element content: since entities' escapeText took over from the
  // hand-written escaper, they stay as typed (they were &quot; and &#39;).
  it.each([
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['say "hi"', 'say "hi"'],
    ["it's", "it's"],
    ['&lt;', '&amp;lt;'],
    ['no\u00a0break', 'no&nbsp;break'],
    ['کراچی', 'کراچی'],
  ])('writes %j as %j', (city, html) => {
    expect(leadOf(city)).toBe(`<p><span class="dateline-lead">${html} (TDI):</span> Body.</p>`);
  });

  it.each([['Tom & Jerry'], ['<img src=x onerror=alert(1)>'], ['"quoted" & \'single\''], ['&amp;'], ['a\u00a0b']])(
    'reads back as the city typed, and as text only: %j',
    (city) => {
      const tree = fromHtml(leadOf(city), { fragment: true });
      expect(toString(tree)).toBe(`${city} (TDI): Body.`);
      const elements: string[] = [];
      const walk = (node: { type: string; tagName?: string; children?: unknown[] }) => {
        if (node.type === 'element') elements.push(node.tagName ?? '');
        for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
      };
      walk(tree);
      expect(elements).toEqual(['p', 'span']);
    },
  );
});

describe('addDatelineLead', () => {
  const lead = '<span class="dateline-lead">Istanbul (TDI):</span>';

  it('opens the first paragraph with the city and agency', () => {
    expect(addDatelineLead('<p>Talks resumed.</p>\n<p>More.</p>', 'Istanbul', 'TDI')).toBe(
      `<p>${lead} Talks resumed.</p>\n<p>More.</p>`,
    );
  });

  it('keeps whitespace before the first paragraph', () => {
    expect(addDatelineLead('\n  <p>Talks resumed.</p>', 'Istanbul', 'TDI')).toBe(`\n  <p>${lead} Talks resumed.</p>`);
  });

  it('adds the lead only once', () => {
    const html = addDatelineLead('<p>One.</p><p>Two.</p>', 'Istanbul', 'TDI');
    expect(html.match(/dateline-lead/g)).toHaveLength(1);
  });

  it('escapes the city and the agency', () => {
    const html = addDatelineLead('<p>Body.</p>', '<script>alert(1)</script>', 'A&B');
    expect(html).not.toContain('<script>');
    expect(html).toBe(
      '<p><span class="dateline-lead">&lt;script&gt;alert(1)&lt;/script&gt; (A&amp;B):</span> Body.</p>',
    );
  });

  it.each([
    ['a heading', '<h2>Background</h2>\n<p>Body.</p>'],
    ['a list', '<ul><li>One</li></ul>'],
    ['an empty body', ''],
  ])('puts the lead in a paragraph of its own before %s', (_label, html) => {
    expect(addDatelineLead(html, 'Istanbul', 'TDI')).toBe(`<p>${lead}</p>\n${html}`);
  });
});

describe('firstParagraphText', () => {
  it('takes the first paragraph only', () => {
    expect(firstParagraphText('<p>First.</p><p>Second.</p>')).toBe('First.');
  });

  it.each([
    ['an empty paragraph', '<p></p><p>Text.</p>'],
    ['a blank paragraph', '<p>   \n </p><p>Text.</p>'],
    ['a paragraph of only an image', '<p><img src="a.jpg" alt="A port"></p><p>Text.</p>'],
    ['a paragraph of only a no-break space', '<p>&nbsp;</p><p>Text.</p>'],
  ])('skips %s', (_label, html) => {
    expect(firstParagraphText(html)).toBe('Text.');
  });

  it('strips tags inside the paragraph', () => {
    expect(firstParagraphText('<p>The <strong>fund</strong> <a href="/x">opens</a> today.</p>')).toBe(
      'The fund opens today.',
    );
  });

  it('decodes named and numeric entities', () => {
    expect(firstParagraphText('<p>Tom &amp; Jerry&#8217;s &quot;day&quot; &#x2014; done</p>')).toBe(
      'Tom & Jerry’s "day" — done',
    );
  });

  it('keeps escaped angle brackets as text', () => {
    expect(firstParagraphText('<p>Use &lt;b&gt; sparingly</p>')).toBe('Use <b> sparingly');
  });

  it('collapses runs of whitespace and line breaks', () => {
    expect(firstParagraphText('<p>\n  One\n\n  two\tthree  </p>')).toBe('One two three');
  });

  it('reads a paragraph with attributes', () => {
    expect(firstParagraphText('<p class="lede" dir="rtl">کراچی</p>')).toBe('کراچی');
  });

  it('does not mistake a <pre> block for a paragraph', () => {
    expect(firstParagraphText('<pre>code</pre><p>Text.</p>')).toBe('Text.');
  });

  it.each([
    ['a line break', '<p>One<br>two</p>', 'Onetwo'],
    ['a comment', '<p>One <!-- note --> two</p>', 'One two'],
    ['escaped markup in code', '<p>Use <code>&lt;p&gt;</code> here</p>', 'Use <p> here'],
    ['a paragraph inside a quote', '<blockquote>\n<p>Quoted.</p>\n</blockquote>', 'Quoted.'],
    ['a greater-than sign in an attribute', '<p><a href="/x" title="a > b">Link</a> text</p>', 'Link text'],
    // HTML closes a paragraph at a block element: only what the paragraph holds is its text.
    ['a block element in a paragraph', '<p>One<div>Two</div></p>', 'One'],
  ])('reads the text a browser shows for a paragraph with %s', (_label, html, text) => {
    expect(firstParagraphText(html)).toBe(text);
  });

  it('returns an empty string when there is no paragraph with text', () => {
    expect(firstParagraphText('<h2>Only a heading</h2>')).toBe('');
  });
});
