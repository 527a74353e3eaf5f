import { describe, expect, it } from 'vitest';
import { fakeImages } from '../../support/fake-images.ts';
import {
  checkNewsroom,
  formatCheckReport,
  IMAGE_WARN_WIDTH,
  SUMMARY_WARN_LENGTH,
  type CheckInput,
} from '#src/content/check-newsroom.ts';
import type { ContentIssue } from '#src/content/issues.ts';
import { createRoutes } from '#src/config/urls.ts';
import type { SourceFile } from '#src/content/validate.ts';

const NOW = new Date('2025-04-15T12:00:00+05:00');
const FENCE = '```';

interface ArticleSpec {
  slug: string;
  title?: string;
  dateline?: string;
  author?: string;
  tags?: string[];
  /** Extra frontmatter lines after `tags` (line 6), e.g. `draft: true`. */
  extra?: string[];
  body?: string;
  folder?: string;
}

/**
 * An article file. Lines: 1 `---`, 2 title, 3 dateline, 4 city, 5 author, 6 tags, then `extra`,
 * then `---`; the body's first line is file line 8 + extra.length.
 */
function article(spec: ArticleSpec): SourceFile {
  const fields = [
    `title: ${JSON.stringify(spec.title ?? `Story ${spec.slug}`)}`,
    `dateline: ${spec.dateline ?? '2025-04-10'}`,
    'city: Karachi',
    `author: ${spec.author ?? 'amina-rauf'}`,
    `tags: ${JSON.stringify(spec.tags ?? [])}`,
    ...(spec.extra ?? []),
  ];
  return {
    path: `content/articles/${spec.folder ?? '2025'}/${spec.slug}.md`,
    text: ['---', ...fields, '---', spec.body ?? 'Body text.', ''].join('\n'),
  };
}

function author(id: string, name: string): SourceFile {
  return { path: `content/authors/${id}.md`, text: ['---', `name: ${name}`, '---', 'Bio.', ''].join('\n') };
}

const AUTHORS = [author('amina-rauf', 'Amina Rauf'), author('daniel-okafor', 'Daniel Okafor')];

/** Two published articles, a draft and a scheduled one; tests add the article under test. */
const NEWSROOM: SourceFile[] = [
  article({ slug: 'karachi-port', dateline: '2025-04-10', tags: ['Pakistan', 'Central Asia', 'Trade', 'پاکستان'] }),
  article({ slug: 'lahore-book-fair', dateline: '2025-04-12', tags: ['Pakistan', 'Culture'] }),
  article({ slug: 'budget-plan', dateline: '2025-04-01', extra: ['draft: true'] }),
  article({ slug: 'future-talks', dateline: '2025-05-01' }),
];

const SUBJECT = 'content/articles/2025/subject.md';
/** File line of the subject's first body line. */
const BODY_LINE = 8;

function check(articleFiles: SourceFile[], options: Partial<CheckInput> & { existing?: string[] } = {}) {
  const existing = new Set(options.existing ?? []);
  return checkNewsroom({
    articleFiles,
    authorFiles: AUTHORS,
    contentDir: 'content',
    inspectImage: fakeImages(existing).inspectImage,
    now: NOW,
    timeZone: 'Asia/Karachi',
    routes: createRoutes('/'),
    pageSizes: { archive: 20, author: 20, tag: 20 },
    extraPaths: ['/robots.txt', '/favicon.svg'],
    ...options,
  });
}

/** Errors about the subject article when its body is `body`, within the sample newsroom. */
function subjectErrors(body: string, existing: string[] = []): ContentIssue[] {
  const result = check([...NEWSROOM, article({ slug: 'subject', dateline: '2025-04-14', body })], { existing });
  return result.errors.filter((issue) => issue.file === SUBJECT);
}

function bodyError(message: string, line = BODY_LINE): ContentIssue {
  return { file: SUBJECT, line, field: 'body', message };
}

describe('checkNewsroom with the sample newsroom', () => {
  const result = check(NEWSROOM);

  it('finds no errors or warnings', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('counts the published articles and lists the held-back ones with reasons', () => {
    expect(result.publishedCount).toBe(2);
    expect(result.heldBack).toEqual([
      { slug: 'budget-plan', file: 'content/articles/2025/budget-plan.md', reason: 'draft: true' },
      {
        slug: 'future-talks',
        file: 'content/articles/2025/future-talks.md',
        reason: 'scheduled: dateline 2025-05-01T00:00:00+05:00 is after now (2025-04-15T12:00:00+05:00)',
      },
    ]);
  });

  it('returns the validation of every file', () => {
    expect(result.validation.articles.map((item) => item.id).sort()).toEqual(
      ['budget-plan', 'future-talks', 'karachi-port', 'lahore-book-fair'],
    );
    expect(result.validation.authors.map((item) => item.id)).toEqual(['amina-rauf', 'daniel-okafor']);
  });
});

describe('checkNewsroom publishes by the dateline in Asia/Karachi', () => {
  it.each([
    ['a date-only dateline of today', '2025-04-15', true],
    ['a date-only dateline of tomorrow', '2025-04-16', false],
    ['a date-time exactly now', '2025-04-15T12:00:00+05:00', true],
    ['a date-time one second after now', '2025-04-15T12:00:01+05:00', false],
    ['a UTC date-time half an hour after now', '2025-04-15T07:30:00Z', false],
    ['a UTC date-time half an hour before now', '2025-04-15T06:30:00Z', true],
  ])('treats %s as published: %s', (_label, dateline, published) => {
    const result = check([article({ slug: 'edge', dateline })]);
    expect(result.publishedCount).toBe(published ? 1 : 0);
    expect(result.heldBack.map((item) => item.slug)).toEqual(published ? [] : ['edge']);
  });
});

describe('checkNewsroom accepts links to pages that exist', () => {
  it.each([
    ['an article', '[a](/news/karachi-port/)'],
    ['an article without its trailing slash', '[a](/news/karachi-port)'],
    ['an article relative to this one', '[a](../karachi-port/)'],
    ['this article itself', '[a](./)'],
    ['an article with a query string', '[a](/news/karachi-port/?utm_source=feed)'],
    ['an article with a fragment', '[a](/news/karachi-port/#timeline)'],
    ['a fragment on this page', '[a](#timeline)'],
    ['the home page', '[a](/)'],
    ['the archive', '[a](/news/)'],
    ['the archive without its trailing slash', '[a](/news)'],
    ['the topic index', '[a](/tag/)'],
    ['an author', '[a](/author/amina-rauf/)'],
    ['an author with no articles', '[a](/author/daniel-okafor/)'],
    ['a topic by its slug', '[a](/tag/pakistan/)'],
    ['a topic whose name has a space', '[a](/tag/central-asia/)'],
    ['an Urdu topic, unencoded', '[a](/tag/پاکستان/)'],
    ['an Urdu topic, percent-encoded', `[a](${encodeURI('/tag/پاکستان/')})`],
    ['the site feed', '[a](/rss.xml)'],
    ['the JSON feed', '[a](/feed.json)'],
    ['an author feed', '[a](/author/amina-rauf/rss.xml)'],
    ['a topic feed', '[a](/tag/central-asia/rss.xml)'],
    ['an extra path', '[a](/robots.txt)'],
    ['a public file', '![icon](/favicon.svg)'],
    ['an external site', '[a](https://example.com/news/missing/)'],
    ['an http site', '[a](http://example.com/)'],
    ['a mail address', '[a](mailto:desk@example.com)'],
    ['a protocol-relative URL', '[a](//example.com/missing/)'],
    ['a reference definition', '[port][p]\n\n[p]: /news/karachi-port/'],
    ['an HTML anchor', '<a href="/news/lahore-book-fair/">a</a>'],
    ['an article by reference', '**Read More:** [[karachi-port]]'],
  ])('accepts a link to %s', (_label, body) => {
    const existing = [
      'content/articles/2025/images/port.jpg',
      'content/articles/2025/images/port map.jpg',
      'content/articles/shared/port.jpg',
    ];
    expect(subjectErrors(body, existing)).toEqual([]);
  });
});

describe('checkNewsroom checks pictures beside the Markdown like the lead image', () => {
  const existing = [
    'content/articles/2025/images/port.jpg',
    'content/articles/2025/images/port map.jpg',
    'content/articles/shared/port.jpg',
  ];

  it.each([
    ['a picture with alt text', '![Cranes](./images/port.jpg)'],
    ['a picture with a caption', '![Cranes](./images/port.jpg "Cranes at dusk. Photo: TDI")'],
    ['a caption in single quotes or parentheses', "![Cranes](./images/port.jpg 'Dusk')\n\n![Cranes](./images/port.jpg (Dusk))"],
    ['a picture in a parent folder', '![Cranes](../shared/port.jpg)'],
    ['a percent-encoded file name', '![Map](./images/port%20map.jpg)'],
    ['a file name with a space in angle brackets', '![Map](<./images/port map.jpg> "Map")'],
    ['a decorative picture with empty brackets', '![](./images/port.jpg "decorative")'],
    ['a decorative title in any case', '![ ](./images/port.jpg "Decorative")'],
    ['a picture inside a link', '[![Cranes](./images/port.jpg)](/news/karachi-port/)'],
  ])('accepts %s', (_label, body) => {
    expect(subjectErrors(body, existing)).toEqual([]);
  });

  it.each([
    [
      'empty alt text',
      '![](./images/port.jpg "Cranes at dusk")',
      'image "./images/port.jpg" has no alt text: describe the picture in the brackets, ![what it shows](./images/port.jpg), or title a purely decorative one "decorative", ![](./images/port.jpg "decorative")',
    ],
    ['alt text of spaces only', '![  ](./images/port.jpg)', /^image "\.\/images\/port\.jpg" has no alt text/],
    [
      'alt text on a picture titled decorative',
      '![Cranes](./images/port.jpg "decorative")',
      'image "./images/port.jpg" is titled "decorative" but has alt text "Cranes": empty the brackets, or give it a caption instead',
    ],
    ['a missing picture', '![Gone](./gone.jpg "Caption")', 'image not found: "./gone.jpg" (looked for content/articles/2025/gone.jpg)'],
    ['a query string on the path', '![Cranes](./images/port.jpg?v=2)', 'image not found: "./images/port.jpg?v=2" (looked for content/articles/2025/images/port.jpg?v=2)'],
    [
      'a path leaving the content folder',
      '![Secret](../../../../etc/hostname)',
      '"../../../../etc/hostname" leads outside the content folder (content/): put the picture beside the Markdown file',
    ],
    [
      'an HTML picture beside the Markdown',
      '<img src="./images/port.jpg" alt="Cranes">',
      'image "./images/port.jpg" in HTML: write a picture beside the article in Markdown, ![what it shows](./images/port.jpg "Caption")',
    ],
  ])('reports %s as an error on its line, field body', (_label, body, message) => {
    const errors = subjectErrors(`Lead paragraph.\n\n${body}`, existing);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: SUBJECT, line: BODY_LINE + 2, field: 'body' });
    expect(errors[0]?.message).toMatch(typeof message === 'string' ? new RegExp(`^${escapeRegExp(message)}$`) : message);
  });

  it('reports a file that is not a picture the build can encode', () => {
    const body = '![Chart](./images/chart.png)\n\n![Scan](./images/scan.png)';
    const images = fakeImages({ 'content/articles/2025/images/chart.png': { format: undefined }, 'content/articles/2025/images/scan.png': { format: 'tiff' } });
    const result = check([...NEWSROOM, article({ slug: 'subject', dateline: '2025-04-14', body })], { inspectImage: images.inspectImage });
    expect(result.errors.filter((issue) => issue.file === SUBJECT)).toEqual([
      bodyError('./images/chart.png is not a JPEG, PNG, WebP, AVIF or GIF image'),
      bodyError('./images/scan.png is not a JPEG, PNG, WebP, AVIF or GIF image (it is TIFF)', BODY_LINE + 2),
    ]);
  });

  it('reports a missing picture and empty alt text of one picture together', () => {
    expect(subjectErrors('![](./gone.jpg)').map((issue) => issue.message)).toEqual([
      'image not found: "./gone.jpg" (looked for content/articles/2025/gone.jpg)',
      expect.stringMatching(/has no alt text/),
    ]);
  });

  it('reports the pictures of a draft as errors too: the build processes them', () => {
    const draft = article({ slug: 'subject', dateline: '2025-04-14', extra: ['draft: true'], body: '![](./images/port.jpg)' });
    const result = check([...NEWSROOM, draft], { existing });
    expect(result.errors.filter((issue) => issue.file === SUBJECT).map((issue) => issue.message)).toEqual([expect.stringMatching(/has no alt text/)]);
  });

  it('reads each picture file once however often it is shown', () => {
    const images = fakeImages(existing);
    const body = '![Cranes](./images/port.jpg)\n\n![Cranes again](./images/port.jpg)';
    check([...NEWSROOM, article({ slug: 'subject', dateline: '2025-04-14', body })], { inspectImage: images.inspectImage });
    expect(images.asked).toEqual(['content/articles/2025/images/port.jpg']);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('checkNewsroom rejects links to pages that do not exist', () => {
  it.each([
    ['a missing article', '[a](/news/missing-story/)', 'broken link "/news/missing-story/": no page at /news/missing-story/'],
    [
      'a missing article relative to this one',
      '[a](../missing-story/)',
      'broken link "../missing-story/": no page at /news/missing-story/',
    ],
    [
      'a missing article without its trailing slash',
      '[a](/news/missing-story)',
      'broken link "/news/missing-story": no page at /news/missing-story/',
    ],
    [
      'a missing article with a query and fragment',
      '[a](/news/missing-story/?x=1#y)',
      'broken link "/news/missing-story/?x=1#y": no page at /news/missing-story/',
    ],
    [
      'a draft article',
      '[a](/news/budget-plan/)',
      'broken link "/news/budget-plan/": that article is not published (draft or scheduled)',
    ],
    [
      'a draft article relative to this one',
      '[a](../budget-plan/)',
      'broken link "../budget-plan/": that article is not published (draft or scheduled)',
    ],
    [
      'a scheduled article',
      '[a](/news/future-talks/)',
      'broken link "/news/future-talks/": that article is not published (draft or scheduled)',
    ],
    ['an unknown author', '[a](/author/nobody/)', 'broken link "/author/nobody/": no page at /author/nobody/'],
    [
      'a numbered author page that is not full yet',
      '[a](/author/amina-rauf/1/)',
      'broken link "/author/amina-rauf/1/": no page at /author/amina-rauf/1/',
    ],
    ['an unused topic', '[a](/tag/sports/)', 'broken link "/tag/sports/": no page at /tag/sports/'],
    [
      'a topic only a draft uses',
      '[a](/tag/drafts-only/)',
      'broken link "/tag/drafts-only/": no page at /tag/drafts-only/',
    ],
    [
      'a topic by its name instead of its slug',
      '[a](/tag/Central-Asia/)',
      'broken link "/tag/Central-Asia/": no page at /tag/Central-Asia/',
    ],
    [
      'a numbered archive page that is not full yet',
      '[a](/news/page/1/)',
      'broken link "/news/page/1/": no page at /news/page/1/',
    ],
    ['a missing public file', '[a](/missing.pdf)', 'broken link "/missing.pdf": no page at /missing.pdf'],
    [
      'a page below this article',
      '[a](photos/)',
      'broken link "photos/": no page at /news/subject/photos/',
    ],
    ['an HTML anchor to a missing article', '<a href="/news/missing-story/">a</a>', 'broken link "/news/missing-story/": no page at /news/missing-story/'],
    ['a link that cannot be decoded', '[a](/news/%E0%A4%A/)', 'broken link "/news/%E0%A4%A/": not a valid URL'],
    ['a reference to an unknown slug', '[[missing-story]]', '[[missing-story]]: no article with that slug'],
    [
      'a reference to a draft',
      '[[budget-plan]]',
      '[[budget-plan]] points to an article that is not published (draft or scheduled)',
    ],
    [
      'a reference to a scheduled article',
      '[[future-talks]]',
      '[[future-talks]] points to an article that is not published (draft or scheduled)',
    ],
    [
      'a missing relative image',
      '![Gone](./gone.jpg)',
      'image not found: "./gone.jpg" (looked for content/articles/2025/gone.jpg)',
    ],
    [
      'a missing image in a parent folder',
      '![Gone](../../images/gone.jpg)',
      'image not found: "../../images/gone.jpg" (looked for content/images/gone.jpg)',
    ],
    ['a missing absolute image', '![Gone](/images/gone.png)', 'broken link "/images/gone.png": no page at /images/gone.png'],
  ])('reports a link to %s as an error on the link line', (_label, body, message) => {
    expect(subjectErrors(body)).toEqual([bodyError(message)]);
  });

  it('reports a broken reference definition on the line of the definition', () => {
    expect(subjectErrors('See [the story][m].\n\n[m]: /news/missing-story/')).toEqual([
      bodyError('broken link "/news/missing-story/": no page at /news/missing-story/', BODY_LINE + 2),
    ]);
  });

  it('reports a link in a draft topic only if a published article uses the topic', () => {
    const files = [
      ...NEWSROOM,
      article({ slug: 'draft-topic', extra: ['draft: true'], tags: ['Drafts Only'] }),
      article({ slug: 'subject', dateline: '2025-04-14', body: '[a](/tag/drafts-only/)' }),
    ];
    expect(check(files).errors).toEqual([
      bodyError('broken link "/tag/drafts-only/": no page at /tag/drafts-only/'),
    ]);
  });
});

describe('checkNewsroom ignores links inside code', () => {
  it.each([
    ['a code span', 'Write `[a](/news/missing/)` to link.'],
    ['a code span holding a reference', 'Write `[[missing-story]]` to cross-link.'],
    ['a one-line fenced block', `${FENCE}\n[a](/news/missing/)\n${FENCE}`],
    ['a one-line tilde block', `~~~\n![x](./gone.jpg)\n~~~`],
    ['a fenced block of several lines', `${FENCE}md\nExample:\n[a](/news/missing/)\n[[missing-story]]\n${FENCE}`],
  ])('finds no error in %s', (_label, body) => {
    expect(subjectErrors(body)).toEqual([]);
  });

  it('still checks a link right after a one-line fenced block', () => {
    expect(subjectErrors(`${FENCE}\ncode\n${FENCE}\n[a](/news/missing/)`)).toEqual([
      bodyError('broken link "/news/missing/": no page at /news/missing/', BODY_LINE + 3),
    ]);
  });
});

describe('checkNewsroom on Markdown the site renders without links', () => {
  it.each([
    ['a footnote definition', 'Exports rose.[^1]\n\n[^1]: See the annual report.'],
    ['an image from public/ inside a link to an article', '[![Cranes](/favicon.svg)](/news/karachi-port/)'],
  ])('finds no error in %s', (_label, body) => {
    expect(subjectErrors(body, ['content/articles/2025/images/port.jpg'])).toEqual([]);
  });
});

describe('checkNewsroom line numbers', () => {
  it.each([
    ['the first body line', [], 'x [a](/news/gone/)', BODY_LINE],
    ['the third body line', [], 'one\n\n[a](/news/gone/)', BODY_LINE + 2],
    ['a body after two more frontmatter lines', ['summary: "Short."', 'lang: en'], '[a](/news/gone/)', BODY_LINE + 2],
    ['a body starting with blank lines', [], '\n\n[a](/news/gone/)', BODY_LINE + 2],
    ['a reference on the fifth line', [], 'a\nb\nc\nd\n[[gone]]', BODY_LINE + 4],
  ])('counts the file line of a link on %s', (_label, extra, body, line) => {
    const result = check([...NEWSROOM, article({ slug: 'subject', dateline: '2025-04-14', extra, body })]);
    expect(result.errors.map((issue) => [issue.file, issue.line, issue.field])).toEqual([[SUBJECT, line, 'body']]);
  });

  it('reports each broken link of an article on its own line', () => {
    const body = ['[a](/news/gone-1/)', '', 'ok [b](/news/karachi-port/)', '', '[c](/news/gone-2/) [[gone-3]]'].join('\n');
    expect(subjectErrors(body)).toEqual([
      bodyError('broken link "/news/gone-1/": no page at /news/gone-1/', BODY_LINE),
      bodyError('broken link "/news/gone-2/": no page at /news/gone-2/', BODY_LINE + 4),
      bodyError('[[gone-3]]: no article with that slug', BODY_LINE + 4),
    ]);
  });
});

describe('checkNewsroom on held-back articles', () => {
  it.each([
    ['a draft', ['draft: true'], '2025-04-01'],
    ['a scheduled article', [], '2025-06-01'],
  ])("reports %s's broken links as warnings, not errors", (_label, extra, dateline) => {
    const held = article({ slug: 'held', dateline, extra, body: '[a](/news/gone/)\n\n[[also-gone]]' });
    const result = check([...NEWSROOM, held]);
    const line = BODY_LINE + extra.length;
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      { file: held.path, line, field: 'body', message: 'broken link "/news/gone/": no page at /news/gone/' },
      { file: held.path, line: line + 2, field: 'body', message: '[[also-gone]]: no article with that slug' },
    ]);
  });

  it("reports a draft's link to another held-back article as a warning", () => {
    const held = article({ slug: 'held', extra: ['draft: true'], body: '[a](/news/future-talks/)' });
    const result = check([...NEWSROOM, held]);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((issue) => issue.message)).toEqual([
      'broken link "/news/future-talks/": that article is not published (draft or scheduled)',
    ]);
  });
});

describe('checkNewsroom pagination of link targets', () => {
  /** `count` published articles (the subject among them) by the given authors, tagged Pakistan. */
  function newsroom(count: number, body: string, authorOf: (index: number) => string = () => 'amina-rauf') {
    const others = Array.from({ length: count - 1 }, (_, index) =>
      article({ slug: `story-${index + 1}`, author: authorOf(index), tags: ['Pakistan'] }),
    );
    return [...others, article({ slug: 'subject', dateline: '2025-04-14', tags: ['Pakistan'], body })];
  }

  it.each([
    ['/news/page/1/', 19, false],
    ['/news/page/1/', 20, true],
    ['/news/page/2/', 39, false],
    ['/news/page/2/', 40, true],
    ['/author/amina-rauf/1/', 19, false],
    ['/author/amina-rauf/1/', 20, true],
    ['/tag/pakistan/1/', 19, false],
    ['/tag/pakistan/1/', 20, true],
  ])('treats %s with %i published articles as existing: %s', (path, count, exists) => {
    const result = check(newsroom(count, `[a](${path})`));
    expect(result.publishedCount).toBe(count);
    expect(result.errors).toEqual(exists ? [] : [bodyError(`broken link "${path}": no page at ${path}`)]);
  });

  it('does not count held-back articles towards a full archive page', () => {
    const files = [...newsroom(19, '[a](/news/page/1/)'), article({ slug: 'held', extra: ['draft: true'] })];
    expect(check(files).errors).toEqual([bodyError('broken link "/news/page/1/": no page at /news/page/1/')]);
  });

  it("gives an author a numbered page only for 20 of that author's own articles", () => {
    const files = newsroom(21, '[a](/author/amina-rauf/1/) [b](/news/page/1/)', (index) =>
      index < 2 ? 'daniel-okafor' : 'amina-rauf',
    );
    expect(check(files).errors).toEqual([
      bodyError('broken link "/author/amina-rauf/1/": no page at /author/amina-rauf/1/'),
    ]);
  });
});

describe('checkNewsroom warnings', () => {
  const longSummary = 'x'.repeat(SUMMARY_WARN_LENGTH + 1);

  it.each([
    [`a summary of ${SUMMARY_WARN_LENGTH + 1} characters`, longSummary, 1],
    [`a summary of exactly ${SUMMARY_WARN_LENGTH} characters`, 'x'.repeat(SUMMARY_WARN_LENGTH), 0],
    ['a short summary', 'Port capacity grows.', 0],
  ])('warns about %s only when it is too long', (_label, summary, count) => {
    const file = article({ slug: 'long', extra: [`summary: "${summary}"`] });
    const result = check([file]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual(
      count
        ? [
            {
              file: file.path,
              line: 7,
              field: 'summary',
              message: `is ${SUMMARY_WARN_LENGTH + 1} characters; search results and feed readers cut it at about 160`,
            },
          ]
        : [],
    );
  });

  it.each([
    ['an 800 px lead image', 800, true],
    ['a lead image one pixel too narrow', IMAGE_WARN_WIDTH - 1, true],
    ['a 1200 px lead image', IMAGE_WARN_WIDTH, false],
    ['a 2400 px lead image', 2400, false],
    ['a lead image whose width cannot be read', undefined, false],
  ])('warns about %s only when it is narrower than 1200 px', (_label, width, warns) => {
    const file = article({ slug: 'photo', extra: ['image: ./images/port.jpg', 'imageAlt: Cranes at dusk'] });
    const images = fakeImages({ 'content/articles/2025/images/port.jpg': { width } });
    const result = check([file], { inspectImage: images.inspectImage });
    expect(images.asked).toEqual(['content/articles/2025/images/port.jpg']);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual(
      warns
        ? [
            {
              file: file.path,
              line: 7,
              field: 'image',
              message: `is ${width} px wide; use at least 1200 px for large previews`,
            },
          ]
        : [],
    );
  });

  it('looks at no image when there is no lead image', () => {
    const images = fakeImages({});
    check([article({ slug: 'plain' })], { inspectImage: images.inspectImage });
    expect(images.asked).toEqual([]);
  });

  it('warns about a tag used once that is one typo from a tag used more often', () => {
    const typo = article({ slug: 'typo', tags: ['Pakistn', 'Trade'] });
    const result = check([
      article({ slug: 'one', tags: ['Pakistan', 'Trade'] }),
      article({ slug: 'two', tags: ['Pakistan'] }),
      typo,
    ]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      { file: typo.path, line: 6, field: 'tags', message: '"Pakistn" is used only here; did you mean "Pakistan"?' },
    ]);
  });

  it.each([
    ['a distinct tag', ['Economy'], ['Pakistan']],
    ['a tag two edits from a busier one', ['Economy'], ['Ecology']],
    ['the same tag in another case', ['pakistan'], ['Pakistan']],
    ['the same tag with other punctuation', ['Central-Asia'], ['Central Asia']],
    ['a short tag one letter from a busier one', ['UAE'], ['USA']],
    ['a typo when the right spelling is also used only once', ['Pakistn'], []],
  ])('does not warn about %s', (_label, rareTags, commonTags) => {
    const result = check([
      article({ slug: 'one', tags: commonTags }),
      article({ slug: 'two', tags: commonTags }),
      article({ slug: 'rare', tags: [...rareTags, ...(commonTags.length ? [] : ['Pakistan'])] }),
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe('checkNewsroom reports every problem in one run', () => {
  const files: SourceFile[] = [
    article({ slug: 'unknown-author', author: 'amina-raouf' }),
    article({ slug: 'no-image', extra: ['image: ./gone.jpg', 'imageAlt: Gone'] }),
    article({ slug: 'broken-link', body: 'See [this](/news/nowhere/).' }),
    { path: 'content/articles/2025/bad-yaml.md', text: '---\ntitle: "Unclosed\ndateline: 2025-04-10\n---\nBody\n' },
    article({ slug: 'bad-temperature', extra: ['temperature: 75'] }),
    article({ slug: 'long-summary', extra: [`summary: "${'y'.repeat(200)}"`] }),
    article({ slug: 'draft-link', extra: ['draft: true'], body: '[[nowhere]]' }),
  ];
  const result = check(files);

  it('collects the errors of every file', () => {
    expect(result.errors.map((issue) => `${issue.file}:${issue.field === 'yaml' ? '' : issue.line} ${issue.field}`).sort()).toEqual(
      [
        'content/articles/2025/bad-temperature.md:7 temperature',
        'content/articles/2025/bad-yaml.md: yaml',
        'content/articles/2025/broken-link.md:8 body',
        'content/articles/2025/no-image.md:7 image',
        'content/articles/2025/unknown-author.md:5 author',
      ].sort(),
    );
  });

  it('collects the warnings of every file alongside', () => {
    expect(result.warnings.map((issue) => `${issue.file}:${issue.line ?? ''} ${issue.field ?? ''}`).sort()).toEqual(
      ['content/articles/2025/draft-link.md:9 body', 'content/articles/2025/long-summary.md:7 summary'].sort(),
    );
  });

  it('still counts the valid articles', () => {
    expect(result.publishedCount).toBe(4);
    expect(result.heldBack.map((item) => item.slug)).toEqual(['draft-link']);
  });
});

describe('formatCheckReport', () => {
  const heldBack = [
    { slug: 'budget-plan', file: 'content/articles/2025/budget-plan.md', reason: 'draft: true' },
  ];
  const warning = (file: string, line: number) => ({ file, line, field: 'summary', message: 'is too long' });
  const error = (file: string, line: number | undefined) => ({ file, line, field: 'body', message: 'broken link' });

  it.each([
    ['one article and nothing else', { publishedCount: 1, heldBack: [], warnings: [], errors: [] }, ['Published 1 article.']],
    ['no articles', { publishedCount: 0, heldBack: [], warnings: [], errors: [] }, ['Published 0 articles.']],
    [
      'held-back files',
      { publishedCount: 3, heldBack, warnings: [], errors: [] },
      ['Published 3 articles.', 'Held back 1:', '  content/articles/2025/budget-plan.md: draft: true'],
    ],
    [
      'one warning',
      { publishedCount: 2, heldBack: [], warnings: [warning('a.md', 4)], errors: [] },
      ['Published 2 articles.', '1 warning:', '  a.md:4 summary: is too long'],
    ],
    [
      'one error',
      { publishedCount: 2, heldBack: [], warnings: [], errors: [error('a.md', 9)] },
      ['Published 2 articles.', '1 error:', '  a.md:9 body: broken link'],
    ],
    [
      'warnings and errors sorted by file and line',
      {
        publishedCount: 2,
        heldBack,
        warnings: [warning('b.md', 3), warning('a.md', 12), warning('a.md', 2)],
        errors: [error('c.md', 10), error('c.md', 9), error('a.md', undefined)],
      },
      [
        'Published 2 articles.',
        'Held back 1:',
        '  content/articles/2025/budget-plan.md: draft: true',
        '3 warnings:',
        '  a.md:2 summary: is too long',
        '  a.md:12 summary: is too long',
        '  b.md:3 summary: is too long',
        '3 errors:',
        '  a.md body: broken link',
        '  c.md:9 body: broken link',
        '  c.md:10 body: broken link',
      ],
    ],
  ])('reports %s', (_label, input, lines) => {
    expect(formatCheckReport(input)).toBe(lines.join('\n'));
  });

  it('reports a real check in the same words', () => {
    const result = check([...NEWSROOM, article({ slug: 'subject', dateline: '2025-04-14', body: '[a](/news/gone/)' })]);
    expect(formatCheckReport(result).split('\n')).toEqual([
      'Published 3 articles.',
      'Held back 2:',
      '  content/articles/2025/budget-plan.md: draft: true',
      '  content/articles/2025/future-talks.md: scheduled: dateline 2025-05-01T00:00:00+05:00 is after now (2025-04-15T12:00:00+05:00)',
      '1 error:',
      `  ${SUBJECT}:${BODY_LINE} body: broken link "/news/gone/": no page at /news/gone/`,
    ]);
  });
});

describe('checkNewsroom with data files', () => {
  const TRENDING = 'content/data/trending.json';
  const FOLLOW_US = 'content/data/follow-us.json';
  const trending = (text: string): SourceFile => ({ path: TRENDING, text });
  const followUs = (text: string): SourceFile => ({ path: FOLLOW_US, text });

  it('passes pinned published and held-back articles and keeps the desk order', () => {
    const result = check(NEWSROOM, { dataFiles: { trending: trending('{ "slugs": ["lahore-book-fair", "budget-plan", "karachi-port"] }') } });
    expect(result.errors).toEqual([]);
    expect(result.siteData.trendingSlugs).toEqual(['lahore-book-fair', 'budget-plan', 'karachi-port']);
  });

  it('refuses a trending slug that names no article, on its line, with the closest slug', () => {
    const text = '{\n  "slugs": [\n    "karachi-port",\n    "lahore-bok-fair"\n  ]\n}\n';
    const result = check(NEWSROOM, { dataFiles: { trending: trending(text) } });
    expect(result.errors).toEqual([
      { file: TRENDING, line: 4, field: 'slugs', message: 'no article "lahore-bok-fair" (did you mean "lahore-book-fair"?)' },
    ]);
  });

  it.each([
    ['trending.json that is not JSON', { trending: trending('{ "slugs": [\n  "karachi-port",\n}') }, TRENDING, 'json', /^is not valid JSON: /],
    ['trending.json with a slug that is not a slug', { trending: trending('{ "slugs": ["Karachi Port"] }') }, TRENDING, 'slugs.0', /./],
    ['trending.json with an unknown key', { trending: trending('{ "slugs": [], "pinned": [] }') }, TRENDING, 'pinned', /^unknown field$/],
    ['trending.json with a misspelt key', { trending: trending('{ "slugs": [], "slug": [] }') }, TRENDING, 'slug', /^unknown field \(did you mean "slugs"\?\)$/],
    ['follow-us.json that is not JSON', { followUs: followUs('asOf: 2025-04-15') }, FOLLOW_US, 'json', /^is not valid JSON: /],
    [
      'follow-us.json with a negative count',
      { followUs: followUs('{ "asOf": "2025-04-15", "channels": [{ "network": "X", "url": "https://x.example/", "count": -3, "label": "Followers" }] }') },
      FOLLOW_US,
      'channels.0.count',
      /./,
    ],
    ['follow-us.json without its date', { followUs: followUs('{ "channels": [] }') }, FOLLOW_US, 'asOf', /^is required$/],
    [
      'follow-us.json with a misspelt channel key',
      { followUs: followUs('{ "asOf": "2025-04-15", "channels": [{ "network": "X", "url": "https://x.example/", "count": 3, "label": "Fans", "labl": "x" }] }') },
      FOLLOW_US,
      'channels.0.labl',
      /^unknown field \(did you mean "label"\?\)$/,
    ],
  ] as const)('refuses a %s, naming the file and field', (_name, dataFiles, file, field, message) => {
    const result = check(NEWSROOM, { dataFiles });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file, field });
    expect(result.errors[0]?.message).toMatch(message);
    expect(formatCheckReport(result)).toContain(file);
  });

  it('gives the line of a JSON syntax error', () => {
    const result = check(NEWSROOM, { dataFiles: { trending: trending('{\n  "slugs": [\n    "karachi-port",\n  ]\n}') } });
    expect(result.errors[0]?.line).toBe(4);
  });
});

describe('checkNewsroom on hostile bodies (regressions)', () => {
  it.each([
    ['an entity-encoded javascript: link in HTML', '<a href="&#106;avascript:alert(1)">x</a>', 'javascript:alert(1)'],
    ['a hex-encoded one in Markdown', '[x](&#x6A;avascript:alert(2))', 'javascript:alert(2'],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', 'vbscript:msgbox(1)'],
    ['a javascript: link with a tab in its scheme', '<a href="java&#9;script:alert(3)">x</a>', 'java\tscript:alert(3)'],
  ])('warns of %s as an unsafe link the sanitizer removes, not a broken one', (_label, body, url) => {
    const scheme = url.startsWith('vb') ? 'vbscript:' : 'javascript:';
    const result = check([...NEWSROOM, article({ slug: 'subject', dateline: '2025-04-14', body })]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      bodyError(`unsafe link "${url}": ${scheme} links run code, so the link is removed; link to a web page instead`),
    ]);
  });

  it('warns of control characters in the body, with their lines, and does not fail', () => {
    const result = check([...NEWSROOM, article({ slug: 'subject', body: 'Lead\u0001.\n\nMore\u0008 and\u000B.' })]);
    expect(result.errors).toEqual([]);
    expect(result.warnings.filter((warning) => warning.field === 'body')).toEqual([
      { file: SUBJECT, line: BODY_LINE, field: 'body', message: 'the invisible control character U+0001 is removed: no page or feed may carry it' },
      { file: SUBJECT, line: BODY_LINE + 2, field: 'body', message: 'the invisible control character U+0008 is removed: no page or feed may carry it' },
      { file: SUBJECT, line: BODY_LINE + 2, field: 'body', message: 'the invisible control character U+000B is removed: no page or feed may carry it' },
    ]);
  });

  it('warns of an HTML comment that never closes, at the line where it opens', () => {
    const result = check([...NEWSROOM, article({ slug: 'subject', body: 'Lead.\n\n<!-- check the figures\n\nThe rest.' })]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContainEqual({
      file: SUBJECT,
      line: BODY_LINE + 2,
      field: 'body',
      message: 'an HTML comment "<!--" opens here and never closes with "-->": everything after it is hidden',
    });
  });
});
