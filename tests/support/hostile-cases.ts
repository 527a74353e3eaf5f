import { toMarkdown, type FixtureNewsroom } from './fixture-newsroom.ts';
import { authors, embassyTalks, tradeCorridor } from './sample-newsroom.ts';

/**
 * Hostile and odd files a real newsroom repository meets, each refused by `npm run check` and by
 * the build in the same words, naming the file, the line and the field. The check and the build
 * tests run the same cases.
 */
export interface HostileCase {
  name: string;
  newsroom: FixtureNewsroom;
  expected: RegExp[];
}

const valid = { ...embassyTalks.frontmatter, image: undefined, imageAlt: undefined, imageCaption: undefined, imageCredit: undefined };
const article = (frontmatter: Record<string, unknown>, body = 'Some text.') => toMarkdown({ frontmatter, body });

function withFiles(...rawFiles: { path: string; text: string }[]): FixtureNewsroom {
  return {
    articles: [tradeCorridor, { ...embassyTalks, frontmatter: valid }],
    authors,
    images: [{ path: 'authors/ayesha-khan.jpg', width: 400, height: 400 }],
    rawFiles,
  };
}

/** An article whose body shows pictures beside it that no build could process, each on its own line. */
const badPictures = article(
  valid,
  [
    'The figures are below.',
    '![](./chart.jpg "Exports by month")',
    '![A scan](./scan.png)',
    '![Host name](../../../../../../etc/hostname)',
    '![Gone](./gone.jpg)',
    '<img src="./chart.jpg" alt="The chart again">',
    '![](./chart.jpg "decorative")',
  ].join('\n\n'),
);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'body pictures beside the Markdown without alt text, not pictures, outside the folder, missing or in HTML',
    newsroom: {
      ...withFiles({ path: 'articles/pictures.md', text: badPictures }, { path: 'articles/scan.png', text: 'not a picture\n' }),
      images: [
        { path: 'authors/ayesha-khan.jpg', width: 400, height: 400 },
        { path: 'articles/chart.jpg', width: 800, height: 500 },
      ],
    },
    expected: [
      new RegExp(`articles/pictures\\.md:${lineOf(badPictures, 'Exports by month')} body: image "\\./chart\\.jpg" has no alt text`),
      new RegExp(`articles/pictures\\.md:${lineOf(badPictures, './scan.png')} body: \\./scan\\.png is not a JPEG, PNG, WebP, AVIF or GIF image`),
      new RegExp(`articles/pictures\\.md:${lineOf(badPictures, 'etc/hostname')} body: "(\\.\\./)+etc/hostname" leads outside the content folder`),
      new RegExp(`articles/pictures\\.md:${lineOf(badPictures, './gone.jpg')} body: image not found: "\\./gone\\.jpg"`),
      new RegExp(`articles/pictures\\.md:${lineOf(badPictures, '<img')} body: image "\\./chart\\.jpg" in HTML: write a picture beside the article in Markdown`),
      // The decorative picture is no problem.
      /5 errors:|Content has 5 problems;/,
    ],
  },
  {
    name: 'a lead image path that leaves the content folder',
    newsroom: withFiles({ path: 'articles/escape.md', text: article({ ...valid, image: '../../../../../../etc/hostname', imageAlt: 'x' }) }),
    expected: [/articles\/escape\.md:\d+ image: "\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/hostname" leads outside the content folder/],
  },
  {
    name: 'a lead image that is a text file',
    newsroom: withFiles(
      { path: 'articles/fake-photo.md', text: article({ ...valid, image: './photo.jpg', imageAlt: 'x' }) },
      { path: 'articles/photo.jpg', text: 'not a picture\n' },
    ),
    expected: [/articles\/fake-photo\.md:\d+ image: \.\/photo\.jpg is not a JPEG, PNG, WebP, AVIF or GIF image/],
  },
  {
    name: 'an author portrait that is a text file',
    newsroom: withFiles({ path: 'authors/ayesha-khan.jpg', text: 'not a picture\n' }),
    expected: [/authors\/ayesha-khan\.md:\d+ avatar: \.\/ayesha-khan\.jpg is not a JPEG, PNG, WebP, AVIF or GIF image/],
  },
  {
    name: 'control characters in a title',
    newsroom: withFiles({ path: 'articles/control.md', text: article({ ...valid, title: 'Port\u0000 talks\u0008 resume\u001b' }) }),
    expected: [/articles\/control\.md:\d+ title: contains the invisible control character U\+0000/],
  },
  {
    name: 'markup in a topic name',
    newsroom: withFiles({ path: 'articles/tagged.md', text: article({ ...valid, tags: ["<img src=x onerror=alert('tag')>"] }) }),
    expected: [/articles\/tagged\.md:\d+ tags\.0: a topic name may not contain "<" or ">"/],
  },
  {
    name: 'a trending.json that is not JSON',
    newsroom: withFiles({ path: 'data/trending.json', text: '{ "slugs": ["embassy-talks", ] }' }),
    expected: [/data\/trending\.json:1 json: is not valid JSON/],
  },
  {
    name: 'a trending.json that does not fit its schema',
    newsroom: withFiles({ path: 'data/trending.json', text: '{ "slug": ["embassy-talks"] }' }),
    expected: [/data\/trending\.json:1 slugs: is required/, /data\/trending\.json:1 slug: unknown field \(did you mean "slugs"\?\)/],
  },
  {
    name: 'a follow-us.json that is not JSON',
    newsroom: withFiles({ path: 'data/follow-us.json', text: '{ asOf: 2025-04-15 }' }),
    expected: [/data\/follow-us\.json:1 json: is not valid JSON/],
  },
  {
    name: 'a follow-us.json that does not fit its schema',
    newsroom: withFiles({ path: 'data/follow-us.json', text: '{ "asOf": "15 April", "channels": [] }' }),
    expected: [/data\/follow-us\.json:1 asOf: must be a date like 2025-04-15/],
  },
];

/** What a writer must never see for a content problem: Astro's or a library's own failure. */
export const NOT_A_CONTENT_MESSAGE = /Stack trace:|Location:|LocalImageUsedWrongly|NoImageMetadata|at contentError/;
