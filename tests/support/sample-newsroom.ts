import type { FixtureEntry, FixtureNewsroom } from './fixture-newsroom.ts';

/** 2026-01-01T00:00:00Z: "now" for fixture builds, so scheduled articles stay scheduled. */
export const FIXTURE_NOW_EPOCH = '1767225600';

/** How many filler articles john-doe writes, enough to paginate every list (page size 20). */
export const FILLER_COUNT = 22;

export const embassyTalks: FixtureEntry = {
  path: '2025/04/embassy-talks.md',
  frontmatter: {
    title: 'Envoys Meet to Restore Embassy Operations',
    dateline: '2025-04-15',
    city: 'Islamabad',
    temperature: 31.6,
    author: 'ayesha-khan',
    tags: ['Diplomacy', 'Russia'],
    summary: 'Delegations agreed a timetable for reopening consular sections.',
    image: './embassy.jpg',
    imageAlt: 'Flags outside a conference hall',
    imageCaption: 'Flags outside the hall before the second round of talks.',
    imageCredit: 'Staff Photographer/TDI',
    corrections: [{ date: '2025-04-17', text: 'An earlier version gave the working group ninety days to report; it has sixty.' }],
  },
  body: `Delegations from two capitals met for a second round of talks on reopening their embassies.

## What was agreed

A joint working group will report within sixty days.`,
};

/**
 * embassy-talks as the sample newsroom has it: with pictures beside the Markdown in its body (a
 * captioned one, and a decorative one), which other fixtures built from `embassyTalks` lack.
 */
const embassyTalksWithPictures: FixtureEntry = {
  ...embassyTalks,
  body: embassyTalks.body
    .replace('## What was agreed', '![Seating plan of the two delegations around an oval table](./seating-plan.jpg "Where the delegations sat. Graphic: TDI desk <staff>")\n\n## What was agreed')
    .replace('A joint working group', '![](./divider.jpg "decorative")\n\nA joint working group'),
};

/** The pictures beside embassy-talks.md that its body shows: one wider than 1200 px, one narrower. */
export const EMBASSY_BODY_PICTURES = [
  { path: 'articles/2025/04/seating-plan.jpg', width: 1600, height: 1000 },
  { path: 'articles/2025/04/divider.jpg', width: 600, height: 40 },
];

export const tradeCorridor: FixtureEntry = {
  path: '2025/04/trade-corridor.md',
  frontmatter: {
    title: 'Ministers Back a New Trade Corridor',
    dateline: '2025-04-16T09:30:00+05:00',
    city: 'Karachi',
    // Written together: listed on both authors' pages and feeds.
    author: ['john-doe', 'ayesha-khan'],
    tags: ['Trade', 'diplomacy'],
  },
  body: `Ministers endorsed a rail and road corridor linking inland producers to the coast &amp; beyond.

**Read More:** [Envoys Meet to Restore Embassy Operations](/news/embassy-talks/)

Work on the first section is due to begin next year.

<iframe src="https://www.youtube-nocookie.com/embed/corridor01" title="Corridor explainer"></iframe>

Details are on the [ministry site](https://example.org/ministry) and in <a href="https://example.org/map" target="_blank">the route map</a>.

**See also:** [[embassy-talks]]`,
};

/** The old slug of urdu-report, renamed: its old URL redirects (frontmatter `aliases`). */
export const URDU_REPORT_OLD_SLUG = 'karachi-cleanup-drive';

export const urduReport: FixtureEntry = {
  path: 'urdu-report.md',
  frontmatter: {
    title: 'کراچی میں بارش کے بعد صفائی مہم',
    dateline: '2025-04-10',
    city: 'کراچی',
    temperature: 29,
    author: 'ayesha-khan',
    tags: ['Climate'],
    lang: 'ur',
    aliases: [URDU_REPORT_OLD_SLUG],
  },
  body: 'شہری انتظامیہ نے بارش کے بعد نالوں کی صفائی کی مہم شروع کر دی۔',
};

export const unsafeMarkup: FixtureEntry = {
  path: 'unsafe-markup.md',
  frontmatter: {
    title: 'Quotes "and" <script>alert(1)</script> & more',
    dateline: '2025-04-09',
    city: 'Lahore <b>bold</b>',
    author: 'john-doe',
    tags: ['Security'],
    summary: 'A summary with </script><script>alert(2)</script> inside.',
  },
  body: `A paragraph <script>alert(3)</script> with raw HTML.

<img src="https://example.org/x.png" onerror="alert(4)" alt="">

<a href="javascript:alert(5)">a link</a> and <style>body { display: none }</style>

<iframe src="https://evil.example/"></iframe>`,
};

export const draftStory: FixtureEntry = {
  path: 'draft-story.md',
  frontmatter: {
    title: 'Embargoed Budget Figures',
    dateline: '2025-04-12',
    city: 'Islamabad',
    author: 'john-doe',
    tags: ['Economy'],
    draft: true,
  },
  body: 'Not for publication yet.',
};

export const futureStory: FixtureEntry = {
  path: 'future-story.md',
  frontmatter: {
    title: 'Summit Preview for Next Spring',
    dateline: '2026-03-01',
    city: 'Tashkent',
    author: 'ayesha-khan',
    tags: ['Diplomacy'],
  },
  body: 'Leaders are expected to gather in the spring.',
};

/** Filler articles by john-doe on Economy, one a day from 2024-01-01, oldest first. */
export function fillerArticles(count = FILLER_COUNT): FixtureEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10);
    const number = String(index + 1).padStart(2, '0');
    return {
      path: `filler/filler-${number}.md`,
      frontmatter: {
        title: `Market Report Number ${number}`,
        dateline: day,
        city: 'Karachi',
        temperature: 20,
        author: 'john-doe',
        tags: ['Economy'],
        summary: `Daily market report ${number}.`,
      },
      body: `Shares moved on day ${number} of the year.`,
    };
  });
}

export const authors: FixtureEntry[] = [
  {
    path: 'ayesha-khan.md',
    frontmatter: {
      name: 'Ayesha Khan',
      url: 'https://ayesha.example.org/',
      avatar: './ayesha-khan.jpg',
      social: { x: 'https://x.com/example_ayesha' },
    },
    body: 'Ayesha Khan covers diplomacy from Islamabad.',
  },
  { path: 'john-doe.md', frontmatter: { name: 'John Doe' }, body: 'John Doe writes about trade and markets.' },
  { path: 'idle-writer.md', frontmatter: { name: 'Idle Writer' }, body: 'Has not filed yet.' },
];

/** The fixture newsroom that exercises every page and rule of the site. */
export function sampleNewsroom(): FixtureNewsroom {
  return {
    articles: [embassyTalksWithPictures, tradeCorridor, urduReport, unsafeMarkup, draftStory, futureStory, ...fillerArticles()],
    authors,
    data: {
      'follow-us.json': {
        asOf: '2025-04-01',
        channels: [{ network: 'Facebook', url: 'https://facebook.example/di', count: 4846, label: 'Fans' }],
      },
      'trending.json': { slugs: ['draft-story', 'trade-corridor'] },
    },
    images: [
      { path: 'articles/2025/04/embassy.jpg', width: 1600, height: 900 },
      ...EMBASSY_BODY_PICTURES,
      { path: 'authors/ayesha-khan.jpg', width: 400, height: 400 },
    ],
  };
}
