import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUG } from '#src/content/scaffold.ts';
import { groupByTopic, slugify, topicSlug } from '#src/newsroom/topics.ts';

describe('topicSlug', () => {
  it.each([
    ['Central Asia', 'central-asia'],
    ['  Climate  ', 'climate'],
    ['COP29', 'cop29'],
    ['Women’s Rights', 'womens-rights'],
    ['Économie', 'économie'],
    ['پاکستان کی معیشت', 'پاکستان-کی-معیشت'],
    ['کراچی', 'کراچی'],
  ])('turns "%s" into "%s"', (name, slug) => {
    expect(topicSlug(name)).toBe(slug);
  });

  it('keeps the letters of Urdu text rather than dropping them', () => {
    const slug = topicSlug('موسمیاتی تبدیلی');
    expect(slug).toBe('موسمیاتی-تبدیلی');
    expect(slug.replaceAll('-', '').length).toBe('موسمیاتی تبدیلی'.replaceAll(' ', '').length);
  });

  it('gives names that differ only in case one slug', () => {
    expect(new Set(['Climate Change', 'climate change', 'CLIMATE CHANGE'].map(topicSlug)).size).toBe(1);
  });

  it.each([
    ['Pakistan–Afghanistan', 'Pakistan-Afghanistan'],
    ['Women’s Rights', "Women's Rights"],
    ['Trade, Energy', 'Trade Energy'],
  ])('gives "%s" and "%s", which differ only in punctuation, one slug', (a, b) => {
    expect(topicSlug(a)).toBe(topicSlug(b));
  });
});

describe('slugify for a new article’s file (ARTICLE_SLUG)', () => {
  const slugFromHeadline = (headline: string, maxLength: number = ARTICLE_SLUG.maxLength) =>
    slugify(headline, { ...ARTICLE_SLUG, maxLength });

  it.each([
    ['a plain headline', 'Karachi Port Expands Capacity', 'karachi-port-expands-capacity'],
    ['accented letters', 'Ürümqi Talks Resume', 'urumqi-talks-resume'],
    ['accents in the middle of words', 'Café Société in São Paulo', 'cafe-societe-in-sao-paulo'],
    ['a straight apostrophe', "Pakistan's Budget", 'pakistans-budget'],
    ['a curly apostrophe', 'Pakistan’s Budget', 'pakistans-budget'],
    ['punctuation between words', 'Trade: Exports Rise, Imports Fall!', 'trade-exports-rise-imports-fall'],
    ['runs of punctuation and spaces', 'Budget -- "What Now?"  (Analysis)', 'budget-what-now-analysis'],
    ['leading and trailing punctuation', '  ...Breaking: Floods...  ', 'breaking-floods'],
    ['digits', 'G20 Summit 2025 Opens', 'g20-summit-2025-opens'],
    ['an ampersand, spelled out', 'Oil & Gas', 'oil-and-gas'],
    ['Latin letters without a decomposition', 'Łódź Ørsted Straße', 'lodz-orsted-strasse'],
    ['full-width letters', 'ＡＢＣ News', 'abc-news'],
    ['a headline in Urdu only', 'کراچی بندرگاہ کی توسیع', ''],
    ['a headline of punctuation only', '!!! ??? ...', ''],
    ['Urdu mixed with English', 'کراچی Port Expands', 'port-expands'],
  ])('slugs %s', (_label, headline, slug) => {
    expect(slugFromHeadline(headline)).toBe(slug);
  });

  it.each([
    ['cuts a long headline at the last hyphen before the limit', 'Flood waters rise across Sindh', 10, 'flood'],
    ['keeps a headline that fits exactly', 'Flood waters', 12, 'flood-waters'],
    ['cuts inside a word back to the hyphen before it', 'Flood waters rise', 14, 'flood-waters'],
    ['cuts a single long word at the limit', 'Supercalifragilistic', 5, 'super'],
    ['keeps every whole word that fits when the limit falls on a hyphen', 'Flood waters rise', 12, 'flood-waters'],
    ['drops a trailing hyphen when the limit falls just after one', 'Flood waters rise', 13, 'flood-waters'],
  ])('%s', (_label, headline, maxLength, slug) => {
    const result = slugFromHeadline(headline, maxLength);
    expect(result).toBe(slug);
    expect(result.length).toBeLessThanOrEqual(maxLength);
    expect(result).not.toMatch(/^-|-$/);
  });

  // Where github-slugger's rules differ from the hand-written slugger it replaced: punctuation
  // between two letters is removed, not turned into a hyphen (topic slugs always worked so).
  it.each([
    ['Trade:Exports Rise', 'tradeexports-rise', 'trade-exports-rise'],
    ['Budget 2024/25', 'budget-202425', 'budget-2024-25'],
    ['Oil&Gas', 'oil-and-gas', 'oil-and-gas'],
    ['snake_case Policy', 'snake-case-policy', 'snake-case-policy'],
    ['Pakistan–Afghanistan Talks', 'pakistan-afghanistan-talks', 'pakistan-afghanistan-talks'],
  ])('slugs %j as the topics do: %j (was %j)', (headline, slug) => {
    expect(slugFromHeadline(headline)).toBe(slug);
  });

  it.each([['Central Asia'], ['COP29'], ['Women’s Rights'], ['Trade, Energy'], ['Pakistan–Afghanistan']])(
    'gives a Latin topic name %j the same slug as its topic page',
    (name) => {
      expect(slugFromHeadline(name)).toBe(topicSlug(name));
    },
  );

  it('limits slugs to 80 characters by default, ending on a whole word', () => {
    const headline = Array.from({ length: 30 }, (_, index) => `word${index}`).join(' ');
    const slug = slugFromHeadline(headline);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(headline.toLowerCase().replaceAll(' ', '-').startsWith(`${slug}-`)).toBe(true);
  });
});

describe('groupByTopic', () => {
  const article = (slug: string, ...tags: string[]) => ({ slug, tags });

  it('puts case variants of a topic under one slug', () => {
    const groups = groupByTopic([article('a', 'Climate'), article('b', 'climate'), article('c', 'CLIMATE')]);
    expect(groups.map((group) => group.slug)).toEqual(['climate']);
    expect(groups[0]?.articles.map((a) => a.slug)).toEqual(['a', 'b', 'c']);
  });

  it('shows the spelling used most', () => {
    const groups = groupByTopic([
      article('a', 'climate'),
      article('b', 'Climate'),
      article('c', 'Climate'),
      article('d', 'CLIMATE'),
    ]);
    expect(groups[0]?.name).toBe('Climate');
  });

  it('breaks a tie between spellings by sort order, not by which came first', () => {
    const first = groupByTopic([article('a', 'climate'), article('b', 'Climate')]);
    const second = groupByTopic([article('b', 'Climate'), article('a', 'climate')]);
    expect(first[0]?.name).toBe('Climate');
    expect(second[0]?.name).toBe('Climate');
  });

  it('lists the busiest topics first, then by slug', () => {
    const groups = groupByTopic([
      article('a', 'Trade', 'Energy'),
      article('b', 'Energy', 'Climate'),
      article('c', 'Energy'),
      article('d', 'Trade', 'Asia'),
    ]);
    expect(groups.map((group) => [group.slug, group.articles.length])).toEqual([
      ['energy', 3],
      ['trade', 2],
      ['asia', 1],
      ['climate', 1],
    ]);
  });

  it('counts an article once when it lists a topic twice', () => {
    const twice = article('a', 'Climate', 'climate', 'Climate');
    const groups = groupByTopic([twice, article('b', 'Climate')]);
    expect(groups[0]?.articles).toEqual([twice, article('b', 'Climate')]);
  });

  it('keeps the input order inside each group', () => {
    const articles = [article('z', 'Asia'), article('m', 'Asia'), article('a', 'Asia')];
    expect(groupByTopic(articles)[0]?.articles).toEqual(articles);
  });

  it('skips a tag that has no letters or digits to make a slug from', () => {
    const groups = groupByTopic([article('a', '!!!', 'Asia')]);
    expect(groups.map((group) => group.slug)).toEqual(['asia']);
  });

  it('groups Urdu topics under their Urdu slug', () => {
    const groups = groupByTopic([article('a', 'پاکستان کی معیشت'), article('b', 'پاکستان کی معیشت')]);
    expect(groups).toEqual([
      { slug: 'پاکستان-کی-معیشت', name: 'پاکستان کی معیشت', articles: [article('a', 'پاکستان کی معیشت'), article('b', 'پاکستان کی معیشت')] },
    ]);
  });

  it('returns no groups for articles without tags', () => {
    expect(groupByTopic([article('a'), article('b')])).toEqual([]);
  });
});
