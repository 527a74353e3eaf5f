import { describe, expect, it } from 'vitest';
import { measureOutput } from '../../../scripts/bench/metrics.ts';
import { formatMarkdownTable, formatNumber, lastLines, parseCpuModel } from '../../../scripts/bench/report.ts';

describe('formatMarkdownTable', () => {
  it('pads columns so the table lines up', () => {
    expect(formatMarkdownTable(['articles', 'pages/s'], [['10000', '85']])).toBe(
      ['| articles | pages/s |', '| -------- | ------- |', '| 10000    | 85      |'].join('\n'),
    );
  });
});

describe('formatNumber', () => {
  it.each([
    [1.25, 1, '1.3'],
    [undefined, 1, 'n/a'],
    [Number.NaN, 0, 'n/a'],
    [812.4, 0, '812'],
  ])('formats %s with %i decimals as %s', (value, digits, text) => {
    expect(formatNumber(value, digits)).toBe(text);
  });
});

describe('lastLines', () => {
  it('keeps the last non-empty lines', () => {
    expect(lastLines('a\nb\n\nc\nd\n', 3)).toEqual(['b', 'c', 'd']);
  });
});

describe('parseCpuModel', () => {
  it('reads the first model name', () => {
    expect(parseCpuModel('processor\t: 0\nmodel name\t: Intel(R) Xeon(R) CPU @ 2.20GHz\nprocessor\t: 1\n')).toBe(
      'Intel(R) Xeon(R) CPU @ 2.20GHz',
    );
    expect(parseCpuModel('Hardware: BCM2835\n')).toBeUndefined();
  });
});

describe('measureOutput', () => {
  const files = new Map([
    ['index.html', 1000],
    ['news/a/index.html', 3000],
    ['news/b/index.html', 5000],
    ['news/draft/index.html', 9000],
    ['_astro/site.abc.css', 2048],
    ['_astro/search.js', 500],
    ['search/index.html', 400],
    ['search/pagefind.js', 7000],
    ['rss.xml', 100],
  ]);
  const metrics = measureOutput(files, ['a', 'b']);

  it('counts index.html files as pages and sums every byte', () => {
    expect(metrics.pages).toBe(5);
    expect(metrics.bytes).toBe(28048);
  });

  it('measures the published article pages only', () => {
    expect(metrics.articleAvgBytes).toBe(4000);
    expect(metrics.articleMaxBytes).toBe(5000);
  });

  it('sums bundled CSS and JavaScript outside /search/', () => {
    expect(metrics.cssBytes).toBe(2048);
    expect(metrics.jsBytes).toBe(500);
    expect(metrics.jsFiles).toEqual(['_astro/search.js']);
  });
});
