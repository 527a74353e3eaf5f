import { describe, expect, it } from 'vitest';
import { planScreenshots, screenshotFileName, screenshotNameForPath } from '../../../scripts/screenshot/plan.ts';

const pages = [
  { name: 'home', path: '/' },
  { name: 'article', path: '/news/a/' },
  { name: '404', path: '/no-such-page/' },
];

describe('screenshotNameForPath', () => {
  it.each([
    ['/', 'home'],
    ['/news/Some-Slug/', 'news-some-slug'],
    ['/tag/economy/2/', 'tag-economy-2'],
    ['/404.html', '404-html'],
  ])('names %s %s', (path, name) => {
    expect(screenshotNameForPath(path)).toBe(name);
  });
});

describe('planScreenshots', () => {
  it('takes every page in the light scheme at each width, and only the named pages in the dark', () => {
    const plan = planScreenshots(pages, { widths: [375, 1280], dark: ['article'] });
    expect(plan.map((shot) => shot.file)).toEqual([
      'home-375-light.png',
      'article-375-light.png',
      '404-375-light.png',
      'home-1280-light.png',
      'article-1280-light.png',
      '404-1280-light.png',
      'article-375-dark.png',
      'article-1280-dark.png',
    ]);
    expect(plan.find((shot) => shot.file === 'article-1280-dark.png')).toEqual({
      file: 'article-1280-dark.png',
      path: '/news/a/',
      width: 1280,
      colorScheme: 'dark',
    });
  });

  it('uses the phone and desktop widths by default', () => {
    expect(new Set(planScreenshots(pages).map((shot) => shot.width))).toEqual(new Set([375, 1280]));
  });

  it('refuses a dark page that is not among the pages', () => {
    expect(() => planScreenshots(pages, { dark: ['author'] })).toThrow(/author/);
  });

  it('names files by page, width and scheme', () => {
    expect(screenshotFileName('topic', 320, 'dark')).toBe('topic-320-dark.png');
  });
});
