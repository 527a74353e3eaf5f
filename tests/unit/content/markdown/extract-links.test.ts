import { describe, expect, it } from 'vitest';
import { extractBodyLinks, isInternalUrl, type BodyLink } from '#src/content/markdown/extract-links.ts';

const FENCE = '```';

const link = (url: string, line = 1): BodyLink => ({ url, line, kind: 'link' });
const image = (url: string, line = 1): BodyLink => ({ url, line, kind: 'image' });
const reference = (url: string, line = 1): BodyLink => ({ url, line, kind: 'reference' });

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Links in a stable order (line, then URL, then kind) so tables need not know the scan order;
 * without what images say besides their address, which has its own table.
 */
function extract(markdown: string): BodyLink[] {
  return extractBodyLinks(markdown).map(({ picture: _picture, ...link }) => link).sort(
    (a, b) => a.line - b.line || compare(a.url, b.url) || compare(a.kind, b.kind),
  );
}

describe('extractBodyLinks reads what a Markdown image says', () => {
  it.each([
    ['alt text', '![Cranes at dusk](./port.jpg)', './port.jpg', { alt: 'Cranes at dusk', title: undefined }],
    ['empty alt text', '![](./port.jpg)', './port.jpg', { alt: '', title: undefined }],
    ['a double-quoted title', '![a](./a.jpg "Port, 2025. Photo: TDI")', './a.jpg', { alt: 'a', title: 'Port, 2025. Photo: TDI' }],
    ['a single-quoted title', "![a](./a.jpg 'Dusk')", './a.jpg', { alt: 'a', title: 'Dusk' }],
    ['a title in parentheses', '![a](./a.jpg (Dusk))', './a.jpg', { alt: 'a', title: 'Dusk' }],
    ['escaped quotes and references in a title', '![a](./a.jpg "A \\"big\\" port &amp; more")', './a.jpg', { alt: 'a', title: 'A "big" port & more' }],
    ['an escaped bracket in alt text', '![a \\] b](./a.jpg)', './a.jpg', { alt: 'a ] b', title: undefined }],
    ['an address with spaces in angle brackets', '![a](<./port map.jpg> "Map")', './port map.jpg', { alt: 'a', title: 'Map' }],
  ])('reads %s', (_label, markdown, url, picture) => {
    expect(extractBodyLinks(markdown)).toEqual([{ url, line: 1, kind: 'image', picture }]);
  });

  it('says nothing besides the address of an HTML image', () => {
    expect(extractBodyLinks('<img src="./a.jpg" alt="A" title="T">')).toEqual([{ url: './a.jpg', line: 1, kind: 'image' }]);
  });
});

describe('extractBodyLinks on Markdown syntax', () => {
  it.each([
    ['an inline link', 'See [the port](/news/karachi-port/).', [link('/news/karachi-port/')]],
    ['an image', '![Cranes at dusk](./port.jpg)', [image('./port.jpg')]],
    ['a link with a double-quoted title', '[a](/news/a/ "The title")', [link('/news/a/')]],
    ['a link with a single-quoted title', "[a](/news/a/ 'The title')", [link('/news/a/')]],
    ['an image with a title', '![a](./a.jpg "Caption")', [image('./a.jpg')]],
    ['an angle-bracket URL', '[a](</news/a/>)', [link('/news/a/')]],
    ['an angle-bracket URL with a title', '[a](</news/a/> "t")', [link('/news/a/')]],
    ['spaces inside the parentheses', '[a]( /news/a/ )', [link('/news/a/')]],
    ['an escaped bracket in the link text', '[a \\] b](/news/a/)', [link('/news/a/')]],
    ['empty link text', '[](/news/a/)', [link('/news/a/')]],
    ['a query string and fragment', '[a](/news/a/?x=1#top)', [link('/news/a/?x=1#top')]],
    ['an external link', '[a](https://example.com/report)', [link('https://example.com/report')]],
    ['a mail link', '[desk](mailto:desk@example.com)', [link('mailto:desk@example.com')]],
    ['a reference definition', '[port]: /news/karachi-port/', [link('/news/karachi-port/')]],
    ['a reference definition with a title', '[port]: /news/a/ "Title"', [link('/news/a/')]],
    ['a reference definition in angle brackets', '[port]: </news/a/>', [link('/news/a/')]],
    ['a reference definition indented three spaces', '   [port]: /news/a/', [link('/news/a/')]],
    ['an article reference', '**Read More:** [[karachi-port]]', [reference('karachi-port')]],
    ['two links and a reference on one line', '[a](/a/) [b](/b/) [[c]]', [link('/a/'), link('/b/'), reference('c')]],
    ['a link whose text wraps onto the next line', 'See [the port\nexpansion](/news/missing/).', [link('/news/missing/')]],
    [
      'an image inside a link',
      '[![Cranes](./port.jpg)](/news/karachi-port/)',
      [image('./port.jpg'), link('/news/karachi-port/')],
    ],
  ])('finds %s', (_label, markdown, expected) => {
    expect(extract(markdown)).toEqual(expected);
  });

  it.each([
    ['a reference-style use without its definition', 'See [the port][port].'],
    ['plain brackets', 'The [sic] text (and parentheses).'],
    ['a four-space indented definition', '    [port]: /news/a/'],
    ['a footnote definition', 'Figures rose.[^1]\n\n[^1]: See the annual report.'],
    ['a bare URL', 'https://example.com/report'],
    ['an upper-case article reference', '[[Karachi-Port]]'],
  ])('finds nothing in %s', (_label, markdown) => {
    expect(extract(markdown)).toEqual([]);
  });
});

describe('extractBodyLinks on HTML', () => {
  it.each([
    ['an anchor', '<a href="/news/a/">A</a>', [link('/news/a/')]],
    ['an anchor in single quotes', "<a href='/news/a/'>A</a>", [link('/news/a/')]],
    ['an upper-case anchor', '<A HREF="/news/a/">A</A>', [link('/news/a/')]],
    ['an anchor with other attributes first', '<a class="x" target="_blank" href="/news/a/">A</a>', [link('/news/a/')]],
    ['spaces around the equals sign', '<a href = "/news/a/">A</a>', [link('/news/a/')]],
    ['an image', '<img src="./map.png" alt="Map">', [image('./map.png')]],
    ['an image with alt first', '<img alt="Map" src="./map.png">', [image('./map.png')]],
    ['an upper-case image', '<IMG SRC="./map.png">', [image('./map.png')]],
    ['an iframe', '<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>', [link('https://www.youtube-nocookie.com/embed/x')]],
    ['an anchor inside a figure', '<figure>\n<a href="/news/a/"><img src="./a.jpg"></a>\n</figure>', [image('./a.jpg', 2), link('/news/a/', 2)]],
    ['an anchor whose attributes wrap', '<a\n  href="/news/a/">A</a>', [link('/news/a/')]],
  ])('finds %s', (_label, markdown, expected) => {
    expect(extract(markdown)).toEqual(expected);
  });

  it.each([
    ['a data-src attribute', '<img data-src="./map.png">'],
    ['a srcset attribute', '<img srcset="./map.png 2x">'],
    ['a link element', '<link href="/style.css">'],
    ['a script element', '<script src="/x.js"></script>'],
    ['an anchor without href', '<a name="top">Top</a>'],
  ])('finds nothing in %s', (_label, markdown) => {
    expect(extract(markdown)).toEqual([]);
  });
});

describe('extractBodyLinks lines', () => {
  const body = [
    'Lead paragraph with [a link](/news/one/).', // 1
    '', // 2
    '![Photo](./photo.jpg)', // 3
    '', // 4
    'Text <a href="/news/two/">two</a> and [[three]].', // 5
    '', // 6
    '[def]: /news/four/', // 7
    '', // 8
    'Last [five](/news/five/)', // 9
  ].join('\n');

  it('gives every link the 1-based line it starts on, in line order', () => {
    expect(extractBodyLinks(body).map(({ picture: _picture, ...link }) => link)).toEqual([
      link('/news/one/', 1),
      image('./photo.jpg', 3),
      link('/news/two/', 5),
      reference('three', 5),
      link('/news/four/', 7),
      link('/news/five/', 9),
    ]);
  });

  it.each([
    ['the first line', '[a](/a/)', 1],
    ['after a blank first line', '\n[a](/a/)', 2],
    ['after Windows line endings', 'one\r\ntwo\r\n[a](/a/)', 3],
    ['at the very end without a newline', 'x\ny\nz [a](/a/)', 3],
    ['after a long paragraph', `${'word '.repeat(500)}\n\n[a](/a/)`, 3],
  ])('counts the line on %s', (_label, markdown, line) => {
    expect(extractBodyLinks(markdown).map((found) => found.line)).toEqual([line]);
  });
});

describe('extractBodyLinks skips code', () => {
  it.each([
    ['an inline code span', 'Write `[a](/news/x/)` for a link. [b](/news/b/)', [link('/news/b/')]],
    ['a code span holding an image and a reference', '`![x](./x.jpg) [[x]]` [b](/news/b/)', [link('/news/b/')]],
    ['a code span holding HTML', '`<a href="/news/x/">x</a>`', []],
    ['a one-line fenced block', `${FENCE}\n[a](/news/x/)\n${FENCE}\n[b](/news/b/)`, [link('/news/b/', 4)]],
    ['a one-line tilde block', `~~~\n<img src="./x.jpg">\n~~~\n[b](/news/b/)`, [link('/news/b/', 4)]],
    [
      'a fenced block of several lines',
      `Intro.\n\n${FENCE}md\n[a](/news/x/)\n[[y]]\n<a href="/news/z/">z</a>\n${FENCE}\n\n[b](/news/b/)`,
      [link('/news/b/', 9)],
    ],
  ])('finds no link in %s', (_label, markdown, expected) => {
    expect(extract(markdown)).toEqual(expected);
  });
});

describe('isInternalUrl', () => {
  it.each([
    ['an absolute site path', '/news/karachi-port/'],
    ['a parent-relative path', '../karachi-port/'],
    ['a dot-relative image', './port.jpg'],
    ['a bare relative path', 'karachi-port/'],
    ['a query string alone', '?page=2'],
    ['a feed file', '/rss.xml'],
    ['a path with a colon after a slash', '/news/a:b/'],
  ])('treats %s as internal', (_label, url) => {
    expect(isInternalUrl(url)).toBe(true);
  });

  it.each([
    ['an empty URL', ''],
    ['a fragment', '#timeline'],
    ['a protocol-relative URL', '//example.com/news/'],
    ['an https URL', 'https://example.com/'],
    ['an http URL', 'http://example.com/'],
    ['an upper-case scheme', 'HTTPS://EXAMPLE.COM/'],
    ['a mail link', 'mailto:desk@example.com'],
    ['a phone link', 'tel:+922112345678'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['a data URL', 'data:image/png;base64,AAAA'],
    ['a scheme with plus and dot', 'web+news.x:item'],
  ])('treats %s as not internal', (_label, url) => {
    expect(isInternalUrl(url)).toBe(false);
  });
});
