import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNewsroom } from '#src/content/check-newsroom.ts';
import { computeRelated, DEFAULT_RELATED_SETTINGS, relatedArticleOf } from '#src/related/index.ts';
import { createRoutes } from '#src/config/urls.ts';
import type { SourceFile } from '#src/content/validate.ts';
import type { TermCounts } from '#src/related/types.ts';
import { withTempCache } from '../../support/temp-cache.ts';

// The manifest the articles loader writes after the content check, read back as the later
// steps read it.
const cache = withTempCache('build-manifest-', () => import('#src/content/manifest.ts'));

const SITE = {
  name: 'The Daily Insight',
  url: 'https://news.example',
  lang: 'en',
  timeZone: 'Asia/Karachi',
  related: { ...DEFAULT_RELATED_SETTINGS, count: 2 },
};
const ROUTES = createRoutes('/news-desk/');

function article(slug: string, fields: string[], body: string): SourceFile {
  return { path: `content/articles/${slug}.md`, text: ['---', `title: Story ${slug}`, 'city: Karachi', 'author: amina-rauf', ...fields, '---', body, ''].join('\n') };
}

const check = checkNewsroom({
  articleFiles: [
    article('port-plan', ['dateline: 2025-04-15', 'tags: [Trade, Ports]', 'image: port.jpg', 'imageAlt: Cranes'], 'Cranes, ships and port fees rise.'),
    article('port-fees', ['dateline: 2025-04-10', 'tags: [ports]', 'updated: 2025-04-12T09:30:00+05:00', 'aliases: [old-port-fees]'], 'Port fees rise for ships.'),
    article('rain-plan', ['dateline: 2025-04-01', 'tags: [Weather]'], 'Monsoon rain drains cleared.'),
    article('rain-draft', ['dateline: 2025-04-02', 'tags: [Weather]', 'draft: true'], 'Not yet.'),
  ],
  authorFiles: [{ path: 'content/authors/amina-rauf.md', text: '---\nname: Amina Rauf\n---\nBio.\n' }],
  dataFiles: { trending: { path: 'content/data/trending.json', text: '{ "slugs": ["rain-plan"] }' } },
      contentDir: 'content',
      inspectImage: () => ({ kind: 'file', format: 'jpg', width: 1600 }),
  now: new Date('2025-05-01T00:00:00Z'),
  timeZone: SITE.timeZone,
  routes: createRoutes('/'),
  pageSizes: { archive: 20, author: 20, tag: 20 },
  extraPaths: [],
});

describe('the build manifest', () => {
  it('fails naming the file when the content was not synced', async () => {
    await expect(cache.module.readBuildManifest()).rejects.toThrow(/No build manifest at .*newsroom-manifest\.json/);
  });

  it('reads back what was written: the publish decision, topics and data once for every step', async () => {
    expect(check.errors).toEqual([]);
    const written = cache.module.createBuildManifest(check, { routes: ROUTES, site: SITE });
    await cache.module.writeBuildManifest(written);
    const manifest = await cache.module.readBuildManifest();
    expect(manifest).toEqual(written);
    expect(manifest.published).toEqual(['port-plan', 'port-fees', 'rain-plan']);
    expect(manifest.heldBack).toEqual([{ slug: 'rain-draft', file: 'content/articles/rain-draft.md', reason: 'draft: true' }]);
    expect(manifest.topics).toEqual([
      { slug: 'ports', name: 'Ports', articles: ['port-plan', 'port-fees'] },
      { slug: 'trade', name: 'Trade', articles: ['port-plan'] },
      { slug: 'weather', name: 'Weather', articles: ['rain-plan'] },
    ]);
    expect(manifest.siteData).toEqual({ trendingSlugs: ['rain-plan'] });
    expect(manifest.redirects).toEqual([{ from: '/news-desk/news/old-port-fees/', to: '/news-desk/news/port-fees/' }]);
    expect(manifest.searchPages.map((page) => page.slug)).toEqual(manifest.published);
    // Cards only for articles without a lead image, with the topic as the site spells it.
    expect(manifest.shareCards.map(({ slug, card }) => [slug, card.topic])).toEqual([
      ['port-fees', 'Ports'],
      ['rain-plan', 'Weather'],
    ]);
  });

  it('gives the same Related News with word counts kept from an earlier build, counting only what is new', () => {
    const fresh = cache.module.createBuildManifest(check, { routes: ROUTES, site: SITE });
    const kept = new Map<string, unknown>();
    const counted: string[] = [];
    const facts = {
      of<T>(path: string, kind: string, compute: () => T): T {
        const key = `${path} ${kind}`;
        if (!kept.has(key)) {
          counted.push(key);
          kept.set(key, compute());
        }
        return kept.get(key) as T;
      },
    };
    expect(cache.module.createBuildManifest(check, { routes: ROUTES, site: SITE, facts }).related).toEqual(fresh.related);
    expect(counted).toHaveLength(3);
    counted.length = 0;
    expect(cache.module.createBuildManifest(check, { routes: ROUTES, site: SITE, facts }).related).toEqual(fresh.related);
    expect(counted).toEqual([]);
    // Counts kept for other settings are not these: the kind names the settings.
    const other = { ...SITE, related: { ...SITE.related, minTokenLength: SITE.related.minTokenLength + 1 } };
    cache.module.createBuildManifest(check, { routes: ROUTES, site: other, facts });
    expect(counted).toHaveLength(3);
    // Counts that are not this text's would change the lists: the kept ones are the ones used.
    const [key, terms] = [...kept][0]!;
    kept.set(key, { tokens: 'monsoon rain drains', counts: Int32Array.of(5, 5, 5) } satisfies TermCounts);
    expect(cache.module.createBuildManifest(check, { routes: ROUTES, site: SITE, facts }).related).not.toEqual(fresh.related);
    kept.set(key, terms);
  });

  it("gives the sitemap each article URL under the base path with its update, else its dateline", () => {
    const manifest = cache.module.createBuildManifest(check, { routes: ROUTES, site: SITE });
    expect(manifest.lastModified).toEqual({
      'https://news.example/news-desk/news/port-plan/': '2025-04-14T19:00:00.000Z',
      'https://news.example/news-desk/news/port-fees/': '2025-04-12T04:30:00.000Z',
      'https://news.example/news-desk/news/rain-plan/': '2025-03-31T19:00:00.000Z',
    });
  });

  it('gives the pages the Related News the engine computes, in order, for every published article', () => {
    const manifest = cache.module.createBuildManifest(check, { routes: ROUTES, site: SITE });
    const expected = [...computeRelated(check.published.map((dated) => relatedArticleOf(dated)), SITE.related)].map(([slug, results]) => [
      slug,
      results.map((result) => result.slug),
    ]);
    expect(manifest.related).toEqual(expected);
    expect(new Map(manifest.related).get('port-plan')?.[0]).toBe('port-fees');
  });

  it('refuses a manifest of another version, naming the file', async () => {
    const manifest = cache.module.createBuildManifest(check, { routes: ROUTES, site: SITE });
    await writeFile(join(cache.dir, 'newsroom-manifest.json'), JSON.stringify({ ...manifest, version: 0 }));
    await expect(cache.module.readBuildManifest()).rejects.toThrow(/newsroom-manifest\.json is not of version 1/);
  });
});
