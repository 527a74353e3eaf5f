import { describe, expect, it } from 'vitest';
import { ARTICLE_PROCESSORS, articleMarkdownProcessor } from '#src/content/markdown/processors.ts';
import {
  collectBodyPictures,
  isDecorativeTitle,
  replaceBodyPictures,
  splitAtBodyPictures,
} from '#src/content/markdown/body-pictures.ts';

/** Each article processor as astro.config.mjs configures it, then the loader's recording step. */
async function renderAndCollect(name: (typeof ARTICLE_PROCESSORS)[number], markdown: string) {
  const renderer = await articleMarkdownProcessor(name).createRenderer({ syntaxHighlight: false, gfm: true });
  return collectBodyPictures((await renderer.render(markdown, {})).code);
}

describe.each(ARTICLE_PROCESSORS)('body pictures with the %s processor', (name) => {
  it('records a picture alone in its paragraph as a figure, in place of the paragraph', async () => {
    const { html, pictures } = await renderAndCollect(name, 'Before.\n\n![A bar chart](./chart.png "Exports by month. Chart: TDI")\n\nAfter.');
    expect(pictures).toEqual([{ src: './chart.png', alt: 'A bar chart', caption: 'Exports by month. Chart: TDI', figure: true }]);
    expect(html).toMatch(/<p>Before\.<\/p>\s*<!--newsroom-picture 0-->\s*<p>After\.<\/p>/);
  });

  it('records pictures inside text or links in place, in document order', async () => {
    const { html, pictures } = await renderAndCollect(name, 'See ![map](./map.png) here and [![logo](./logo.png)](/news/other/).');
    expect(pictures.map((picture) => [picture.src, picture.figure])).toEqual([
      ['./map.png', false],
      ['./logo.png', false],
    ]);
    expect(html).toContain('See <!--newsroom-picture 0--> here');
    expect(html).toMatch(/<a href="\/news\/other\/">\s*<!--newsroom-picture 1-->\s*<\/a>/);
  });

  it('marks a picture titled "decorative" with empty alt text and no caption', async () => {
    const { pictures } = await renderAndCollect(name, '![](./rule.png "Decorative")');
    expect(pictures).toEqual([{ src: './rule.png', alt: '', caption: undefined, figure: true }]);
  });

  it('decodes the path for the image resolver', async () => {
    const { pictures } = await renderAndCollect(name, '![Map](<./port map.png>)');
    expect(pictures[0]?.src).toBe('./port map.png');
  });

  it('leaves pictures from public/ and other sites as images', async () => {
    const { html, pictures } = await renderAndCollect(name, '![Logo](/images/logo.png)\n\n![Photo](https://example.com/a.jpg)');
    expect(pictures).toEqual([]);
    expect(html).toContain('<img src="/images/logo.png" alt="Logo">');
  });

  it('lets no writer forge a picture mark or token', async () => {
    const { html, pictures } = await renderAndCollect(
      name,
      'Text <newsroom-picture src="../../secret.png" alt="x"></newsroom-picture> and <!--newsroom-picture 0--> more.',
    );
    expect(pictures).toEqual([]);
    expect(splitAtBodyPictures(html)).toEqual([html]);
  });
});

describe('putting pictures back', () => {
  const html = '<p>A</p><!--newsroom-picture 0--><p>B <!--newsroom-picture 1--> C</p>';

  it('splits the body at each token, keeping every other character', () => {
    const pieces = splitAtBodyPictures(html);
    expect(pieces).toEqual(['<p>A</p>', 0, '<p>B ', 1, ' C</p>']);
  });

  it('replaces each token with its markup', () => {
    expect(replaceBodyPictures(html, (index) => `<img alt="${index}">`)).toBe('<p>A</p><img alt="0"><p>B <img alt="1"> C</p>');
  });
});

describe('the decorative title', () => {
  it.each([
    ['decorative', true],
    [' Decorative ', true],
    ['decorative rule', false],
    ['', false],
    [undefined, false],
  ])('"%s" → %s', (title, expected) => {
    expect(isDecorativeTitle(title)).toBe(expected);
  });
});
