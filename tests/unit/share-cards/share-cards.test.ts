import { describe, expect, it } from 'vitest';
import { groupByTopic } from '#src/newsroom/topics.ts';
import { shareCardsFor, type ShareCardSource } from '#src/share-cards/share-cards.ts';

const SITE = { name: 'The Daily Insight', url: 'https://dailyinsight.example/news-site/' };

function article(slug: string, fields: Partial<ShareCardSource> = {}): ShareCardSource {
  return { slug, title: `Headline of ${slug}`, tags: [], lang: 'en', hasLeadImage: false, ...fields };
}

/** Cards with topic names from the one grouping of the same articles, as the build passes them. */
function cardsOf(articles: ShareCardSource[]) {
  return shareCardsFor(articles, new Map(groupByTopic(articles).map((topic) => [topic.slug, topic.name])), SITE);
}

describe('shareCardsFor', () => {
  it('draws a card for each article without a lead image, and none for the others', () => {
    const cards = cardsOf([article('a'), article('b', { hasLeadImage: true }), article('c')]);
    expect(cards.map((entry) => entry.slug)).toEqual(['a', 'c']);
  });

  it('prints the headline, the site name and the host without the path', () => {
    const [entry] = cardsOf([article('a', { title: 'Ministers <back> a corridor' })]);
    expect(entry?.card).toMatchObject({ headline: 'Ministers <back> a corridor', siteName: SITE.name, siteHost: 'dailyinsight.example' });
  });

  it("names the first topic as the site spells it: the spelling most articles use", () => {
    const cards = cardsOf([
        article('a', { tags: ['economy', 'Trade'] }),
        article('b', { tags: ['Economy'], hasLeadImage: true }),
        article('c', { tags: ['Economy'], hasLeadImage: true }),
      ]);
    expect(cards[0]?.card.topic).toBe('Economy');
  });

  it('skips tags that make no topic, and leaves the topic out when there is none', () => {
    const cards = cardsOf([article('a', { tags: ['!!', 'Climate'] }), article('b', { tags: ['—'] })]);
    expect(cards.map((entry) => entry.card.topic)).toEqual(['Climate', undefined]);
  });

  it.each([
    ['en', 'ltr'],
    ['ur', 'rtl'],
  ] as const)('sets a %s headline %s', (lang, dir) => {
    const [entry] = cardsOf([article('a', { lang })]);
    expect(entry?.card).toMatchObject({ lang, dir });
  });
});
