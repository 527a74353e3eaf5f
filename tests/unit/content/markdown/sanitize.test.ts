import { beforeEach, describe, expect, it } from 'vitest';
import {
  ARTICLE_PROCESSORS,
  articleMarkdownProcessor,
  type ArticleProcessorName,
} from '#src/content/markdown/processors.ts';

/** Each article processor as astro.config.mjs configures it, rendering Markdown to HTML. */
const renderers = new Map(
  await Promise.all(
    ARTICLE_PROCESSORS.map(
      async (name) =>
        [name, await articleMarkdownProcessor(name).createRenderer({ syntaxHighlight: false, gfm: true })] as const,
    ),
  ),
);

let processorName: ArticleProcessorName = 'satteri';

async function render(markdown: string): Promise<string> {
  const renderer = renderers.get(processorName);
  if (!renderer) throw new Error(`no renderer ${processorName}`);
  return (await renderer.render(markdown, {})).code.trim();
}

const SANDBOX = 'sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"';

describe.each(ARTICLE_PROCESSORS)('with the %s processor', (name) => {
  beforeEach(() => {
    processorName = name;
  });

  describe('article pipeline removes active content', () => {
    it.each([
      ['a script block', '<script>alert(1)</script>\n\nText', ['<script', 'alert(1)']],
      ['a script inside a paragraph', 'Hi <script>alert(1)</script> there', ['<script', 'alert(1)']],
      ['a script with a source', '<script src="https://evil.example/x.js"></script>', ['<script', 'evil.example']],
      ['an image error handler', '<img src="https://example.com/a.jpg" onerror="alert(1)">', ['onerror', 'alert']],
      ['a link click handler', '<a href="/news/a/" onclick="alert(1)">a</a>', ['onclick', 'alert']],
      ['an upper-case handler', '<p ONMOUSEOVER="alert(1)">x</p>', ['onmouseover', 'alert']],
      ['a style block', '<style>body { display: none }</style>\n\nText', ['<style']],
      ['a style attribute', '<p style="position:fixed;inset:0">x</p>', ['style=', 'position']],
      ['an svg with a load handler', '<svg onload="alert(1)"><circle r="5"/></svg>', ['<svg', 'onload', 'alert']],
      ['an svg script', '<svg><script>alert(1)</script></svg>', ['<svg', '<script', 'alert']],
      ['a math link', '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>', ['<math', 'javascript']],
      ['an object', '<object data="https://evil.example/x.swf"></object>', ['<object', 'evil.example']],
      ['an embed', '<embed src="https://evil.example/x.swf">', ['<embed', 'evil.example']],
      ['a form', '<form action="https://evil.example/"><button formaction="https://evil.example/">Go</button></form>', ['<form', '<button', 'evil.example']],
      ['a base element', '<base href="https://evil.example/">', ['<base', 'evil.example']],
      ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', ['<meta', 'evil.example']],
      ['a stylesheet link', '<link rel="stylesheet" href="https://evil.example/x.css">', ['<link', 'evil.example']],
      ['an HTML comment', 'Text <!-- note to editor --> more', ['<!--', 'note to editor']],
      ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', ['<iframe', 'srcdoc', 'alert']],
      ['an iframe from a foreign host', '<iframe src="https://evil.example/embed/x"></iframe>', ['<iframe', 'evil.example']],
      ['an iframe from a lookalike host', '<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>', ['<iframe', 'evil']],
      ['an iframe with a javascript src', '<iframe src="javascript:alert(1)"></iframe>', ['<iframe', 'javascript']],
    ])('removes %s', async (_label, markdown, forbidden) => {
      const html = (await render(markdown)).toLowerCase();
      for (const text of forbidden) expect(html).not.toContain(text.toLowerCase());
    });

    it.each([
      ['a raw javascript: link', '<a href="javascript:alert(1)">x</a>'],
      ['an entity-encoded scheme', '<a href="jav&#x61;script:alert(1)">x</a>'],
      ['a decimal-entity scheme', '<a href="&#106;avascript:alert(1)">x</a>'],
      ['an entity-encoded colon', '<a href="javascript&colon;alert(1)">x</a>'],
      ['mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>'],
      ['leading spaces', '<a href="   javascript:alert(1)">x</a>'],
      ['a leading tab', '<a href="\tjavascript:alert(1)">x</a>'],
      ['a leading newline', '<a href="\njavascript:alert(1)">x</a>'],
      ['leading whitespace of every kind', '<a href=" \t\n javascript:alert(1)">x</a>'],
      ['a tab inside the scheme', '<a href="java\tscript:alert(1)">x</a>'],
      ['an encoded tab inside the scheme', '<a href="java&#x09;script:alert(1)">x</a>'],
      ['a Markdown link', '[x](javascript:alert(1))'],
      ['a Markdown link in angle brackets', '[x](<javascript:alert(1)>)'],
      ['an upper-case Markdown link', '[x](JAVASCRIPT:alert(1))'],
      ['a Markdown link with an entity colon', '[x](javascript&#58;alert(1))'],
      ['a Markdown reference link', '[x][evil]\n\n[evil]: javascript:alert(1)'],
      ['a vbscript link', '<a href="vbscript:msgbox(1)">x</a>'],
      ['a data: HTML link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
    ])('keeps the text but drops the href of %s', async (_label, markdown) => {
      const html = (await render(markdown));
      expect(html).toBe('<p><a>x</a></p>');
    });

    it('turns a text input into a disabled checkbox, as GitHub task lists need', async () => {
      const html = (await render('<input type="text" name="pw">'));
      expect(html).toMatch(/^<input [^>]*disabled type="checkbox">$/);
      expect(html).not.toContain('type="text"');
    });

    it.each([
      ['a raw image', '<img src="data:image/svg+xml;base64,PHN2Zy8+" alt="d">'],
      ['a Markdown image', '![d](data:image/png;base64,iVBORw0KGgo=)'],
      ['an image with a javascript src', '<img src="javascript:alert(1)" alt="d">'],
    ])('drops a data: or script src from %s and keeps its alt', async (_label, markdown) => {
      const html = (await render(markdown));
      expect(html).toMatch(/<img alt="d">/);
      expect(html).not.toContain('src=');
    });
  });

  describe('article pipeline keeps and finishes safe content', () => {
    it.each([
      [
        'a youtube-nocookie iframe, sandboxed and lazy',
        '<iframe src="https://www.youtube-nocookie.com/embed/abc" width="560" height="315"></iframe>',
        [
          'src="https://www.youtube-nocookie.com/embed/abc"',
          SANDBOX,
          'loading="lazy"',
          'title="Embedded video"',
          'referrerpolicy="strict-origin-when-cross-origin"',
        ],
      ],
      [
        'a vimeo iframe with its title',
        '<iframe src="https://player.vimeo.com/video/1" title="Budget speech"></iframe>',
        ['src="https://player.vimeo.com/video/1"', SANDBOX, 'title="Budget speech"'],
      ],
      [
        'a figure with an image and caption',
        '<figure><img src="/images/port.jpg" alt="Cranes"><figcaption>Cranes at dusk</figcaption></figure>',
        ['<figure><img src="/images/port.jpg" alt="Cranes"><figcaption>Cranes at dusk</figcaption></figure>'],
      ],
      [
        'a table',
        '<table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>2025</td></tr></tbody></table>',
        ['<table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>2025</td></tr></tbody></table>'],
      ],
      ['a time with its datetime', '<time datetime="2025-04-15">April 15</time>', ['<time datetime="2025-04-15">April 15</time>']],
      ['an abbreviation with its title', '<abbr title="Karachi Port Trust">KPT</abbr>', ['<abbr title="Karachi Port Trust">KPT</abbr>']],
      ['mark and small', '<mark>new</mark> <small>note</small>', ['<mark>new</mark>', '<small>note</small>']],
      ['an https image', '![Cranes](https://example.com/port.jpg)', ['<img src="https://example.com/port.jpg" alt="Cranes">']],
      ['a mail link', '[desk](mailto:desk@example.com)', ['<a href="mailto:desk@example.com">desk</a>']],
      ['Markdown emphasis and a list', '*a* **b**\n\n- one\n- two', ['<em>a</em>', '<strong>b</strong>', '<li>one</li>']],
    ])('keeps %s', async (_label, markdown, expected) => {
      const html = (await render(markdown));
      for (const text of expected) expect(html).toContain(text);
    });

    it('keeps a code block as escaped text, never as a script', async () => {
      const html = await render('```\n<script>alert(1)</script>\n```');
      expect(html).toMatch(/^<pre><code>(&lt;|&#x3C;)script(>|&gt;)alert\(1\)(&lt;|&#x3C;)\/script(>|&gt;)\n<\/code><\/pre>$/);
    });

    it.each([
      ['a raw heading id', '<h2 id="background">Background</h2>', '<h2 id="background">Background</h2>'],
      ['an anchor name', '<a name="timeline">Timeline</a>', '<p><a name="timeline">Timeline</a></p>'],
      ['an in-page link', '[Timeline](#timeline)', '<p><a href="#timeline">Timeline</a></p>'],
    ])('does not prefix %s with "user-content-"', async (_label, markdown, expected) => {
      const html = (await render(markdown));
      expect(html).toBe(expected);
      expect(html).not.toContain('user-content-');
    });
  });

  describe('article pipeline link attributes', () => {
    it.each([
      [
        'an external raw link opened in a new tab keeps its target and gets noopener noreferrer',
        '<a href="https://example.com/" target="_blank">x</a>',
        '<p><a href="https://example.com/" target="_blank" rel="noopener noreferrer">x</a></p>',
      ],
      [
        'an external Markdown link gets noopener and no target',
        '[x](https://example.com/report)',
        '<p><a href="https://example.com/report" rel="noopener">x</a></p>',
      ],
      [
        'an external http link gets noopener',
        '[x](http://example.com/)',
        '<p><a href="http://example.com/" rel="noopener">x</a></p>',
      ],
      ['an internal Markdown link gets no rel', '[x](/news/karachi-port/)', '<p><a href="/news/karachi-port/">x</a></p>'],
      ['a relative Markdown link gets no rel', '[x](../karachi-port/)', '<p><a href="../karachi-port/">x</a></p>'],
      [
        'a target other than _blank is dropped',
        '<a href="https://example.com/" target="_top">x</a>',
        '<p><a href="https://example.com/" rel="noopener">x</a></p>',
      ],
      [
        "the writer's own rel is replaced",
        '<a href="https://example.com/" target="_blank" rel="opener">x</a>',
        '<p><a href="https://example.com/" target="_blank" rel="noopener noreferrer">x</a></p>',
      ],
      [
        'a protocol-relative link counts as external',
        '<a href="//example.com/">x</a>',
        '<p><a href="//example.com/" rel="noopener">x</a></p>',
      ],
    ])('%s', async (_label, markdown, expected) => {
      expect((await render(markdown))).toBe(expected);
    });
  });
});
