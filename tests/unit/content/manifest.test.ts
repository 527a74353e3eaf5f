import { describe, expect, it } from 'vitest';
import { computeRelated, DEFAULT_RELATED_SETTINGS, relatedArticleOf } from '#src/related/index.ts';
import { splitPublishedSources } from '#src/newsroom/published-sources.ts';
import { createRoutes } from '#src/config/urls.ts';
import { withTempCache } from '../../support/temp-cache.ts';
import { validArticleSource } from '../../support/valid-article.ts';

// What the articles loader saves for the pages and the sitemap, read back as they read it.
const records = withTempCache('loader-records-', async () => ({
  dates: await import('#src/seo/published-dates.ts'),
  related: await import('#src/related/related-list.ts'),
}));

const site = { url: 'https://news.example', timeZone: 'Asia/Karachi' };
const { published } = splitPublishedSources(
  [
    validArticleSource('port-plan', { dateline: '2025-04-15', tags: ['Trade', 'Ports'] }, 'Cranes, ships and port fees rise.'),
    validArticleSource('port-fees', { dateline: '2025-04-10', tags: ['Ports'], updated: '2025-04-12T09:30:00+05:00' }, 'Port fees rise for ships.'),
    validArticleSource('rain-plan', { dateline: '2025-04-01', tags: ['Weather'] }, 'Monsoon rain drains cleared.'),
  ],
  new Date('2025-05-01T00:00:00Z'),
  site.timeZone,
);

describe('records the articles loader saves', () => {
  it('fail naming the record when the content was not synced', async () => {
    await expect(records.module.related.readRelatedList()).rejects.toThrow('newsroom-related.json');
    await expect(records.module.dates.readArticleLastModified()).rejects.toThrow('newsroom-article-dates.json');
  });

  it('give the sitemap each article URL under the base path with its update, else its dateline', async () => {
    await records.module.dates.savePublishedDates(published, createRoutes('/news-desk/'), site);
    const dates = await records.module.dates.readArticleLastModified();
    expect([...dates].map(([url, date]) => [url, date.toISOString()])).toEqual([
      ['https://news.example/news-desk/news/port-plan/', '2025-04-14T19:00:00.000Z'],
      ['https://news.example/news-desk/news/port-fees/', '2025-04-12T04:30:00.000Z'],
      ['https://news.example/news-desk/news/rain-plan/', '2025-03-31T19:00:00.000Z'],
    ]);
  });

  it('give the pages the Related News the engine computes, in order, for every published article', async () => {
    const settings = { ...DEFAULT_RELATED_SETTINGS, count: 2 };
    await records.module.related.saveRelatedList(published, settings);
    const expected = [...computeRelated(published.map(relatedArticleOf), settings)].map(([slug, results]) => [
      slug,
      results.map((result) => result.slug),
    ]);
    const list = await records.module.related.readRelatedList();
    expect(list).toEqual(expected);
    expect(list.map(([slug]) => slug).sort()).toEqual(['port-fees', 'port-plan', 'rain-plan']);
    expect(new Map(list).get('port-plan')?.[0]).toBe('port-fees');
  });
});
