import { describe, expect, it } from 'vitest';
import { splitPublishedSources } from '#src/newsroom/published-sources.ts';
import { markdownToPlainText, relatedArticleOf, toRelatedArticle } from '#src/related/input.ts';
import { validArticleSource } from '../../support/valid-article.ts';

describe('markdownToPlainText', () => {
  it.each([
    ['keeps link text and drops the target', 'See [the port plan](/news/port/) now.', 'See the port plan now.'],
    ['drops images’ targets but keeps alt text', '![Cranes at dusk](./a.jpg)', 'Cranes at dusk'],
    ['drops [[slug]] references', 'Read More: [[karachi-port]] today', 'Read More: today'],
    ['drops fenced code', 'Intro\n\n```js\nconst secret = 1;\n```\n\nOutro', 'Intro Outro'],
    ['drops inline code and HTML tags', 'Use `npm` <b>now</b>', 'Use now'],
    ['drops heading, emphasis and quote marks', '## Heading\n\n> *quoted* **bold**', 'Heading quoted bold'],
    ['drops reference definitions', 'Text\n\n[p]: https://example.org/', 'Text'],
    ['keeps Urdu words', 'کراچی میں **بارش**', 'کراچی میں بارش'],
  ])('%s', (_label, markdown, expected) => {
    expect(markdownToPlainText(markdown)).toBe(expected);
  });
});

describe('toRelatedArticle', () => {
  const source = {
    slug: 'port-plan',
    title: 'Port Plan',
    summary: 'A short summary.',
    body: 'Body with [a link](/news/x/).',
    tags: ['Central Asia', 'Trade'],
    author: 'amina-rauf',
    city: ' Karachi ',
    published: new Date('2025-04-14T19:00:00Z'),
  };

  it('normalises topics to slugs and the city to lower case, and joins the text and the headline', () => {
    expect(toRelatedArticle(source)).toEqual({
      slug: 'port-plan',
      tags: ['central-asia', 'trade'],
      author: 'amina-rauf',
      city: 'karachi',
      published: Date.parse('2025-04-14T19:00:00Z'),
      text: 'Port Plan\nA short summary.\nBody with a link.',
      headline: 'Port Plan\nA short summary.',
    });
  });

  it('leaves the summary out when the writer gave none', () => {
    const article = toRelatedArticle({ ...source, summary: undefined });
    expect(article.text).toBe('Port Plan\n\nBody with a link.');
    expect(article.headline).toBe('Port Plan\n');
  });
});

describe('relatedArticleOf', () => {
  it('reads a checked article file as toRelatedArticle reads its fields', () => {
    const file = validArticleSource(
      'port-plan',
      { dateline: '2025-04-15', tags: ['Central Asia', 'Trade'], summary: 'A short summary.', city: 'Lahore', author: 'bilal-khan' },
      'Body with [a link](/news/x/).',
    );
    const [published] = splitPublishedSources([file], new Date('2025-05-01T00:00:00Z'), 'Asia/Karachi').published;
    expect(relatedArticleOf(published!)).toEqual({
      slug: 'port-plan',
      tags: ['central-asia', 'trade'],
      author: 'bilal-khan',
      city: 'lahore',
      published: Date.parse('2025-04-14T19:00:00Z'),
      text: 'port-plan\nA short summary.\nBody with a link.',
      headline: 'port-plan\nA short summary.',
    });
  });
});
