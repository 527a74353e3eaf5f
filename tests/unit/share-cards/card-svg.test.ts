import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, socialCardSvg, type SocialCard } from '#src/share-cards/card-svg.ts';

const card: SocialCard = {
  headline: 'Envoys Meet to Restore Embassy Operations',
  topic: 'Diplomacy',
  siteName: 'The Daily Insight',
  siteHost: 'dailyinsight.example',
  lang: 'en',
  dir: 'ltr',
};

/** The text of each `<text>` element, in order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? '');
}

/** The headline's font size, from its group. */
function headlineSize(svg: string): number {
  return Number(/<g [^>]*font-size="(\d+)"/.exec(svg)?.[1]);
}

describe('socialCardSvg', () => {
  it('is a 1200×630 SVG with the topic, the headline, the site name and host', () => {
    const svg = socialCardSvg(card);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`));
    expect(texts(svg)).toEqual(['DIPLOMACY', 'Envoys Meet to Restore', 'Embassy Operations', 'The Daily Insight', 'dailyinsight.example']);
  });

  it('leaves the topic out when the article has none', () => {
    expect(texts(socialCardSvg({ ...card, topic: undefined }))[0]).toBe('Envoys Meet to Restore');
  });

  it('escapes markup in every text it prints', () => {
    const svg = socialCardSvg({
      ...card,
      headline: 'Quotes "and" <script>alert(1)</script> & more',
      topic: 'R&D <b>',
      siteName: "Tom's <News>",
    });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('R&amp;D &lt;B&gt;');
    // entities' XML escaper writes the apostrophe as &apos; (the hand-written one wrote &#39;).
    expect(svg).toContain('Tom&apos;s &lt;News&gt;');
    // Wrapped by the font's widths, "more" starts the next line (the estimate kept "& more" together).
    expect(svg).toContain('&lt;/script&gt; &amp;</text>');
  });

  it('sets a short headline larger than a long one, and cuts an endless one with an ellipsis', () => {
    const long = 'Regional Foreign Ministers Agree on Permanent Secretariat for Black Sea Dialogue';
    expect(headlineSize(socialCardSvg(card))).toBeGreaterThan(headlineSize(socialCardSvg({ ...card, headline: long })));
    const endless = socialCardSvg({ ...card, headline: 'word '.repeat(200) });
    expect(texts(endless).filter((text) => text.startsWith('word')).at(-1)).toMatch(/…$/);
  });

  it('sets Urdu in Nastaliq, right to left, anchored at the right margin', () => {
    const svg = socialCardSvg({ ...card, headline: 'کراچی میں بارش کے بعد صفائی مہم', lang: 'ur', dir: 'rtl' });
    const group = /<g [^>]*>/.exec(svg)?.[0] ?? '';
    expect(group).toContain('direction="rtl"');
    expect(group).toContain('lang="ur"');
    expect(group).toMatch(/font-family="'Noto Nastaliq Urdu'/);
    expect(svg).toMatch(/<text x="1120" [^>]*>کراچی/);
  });

  it('sets other right-to-left languages in Naskh', () => {
    const svg = socialCardSvg({ ...card, headline: 'محادثات السلام', lang: 'ar', dir: 'rtl' });
    expect(/<g [^>]*>/.exec(svg)?.[0]).toMatch(/font-family="'Noto Naskh Arabic'/);
  });

  it.each([
    ['en', 'ltr', 'Ministers back the trade corridor deal'],
    ['ur', 'rtl', 'کراچی میں بارش کے بعد صفائی مہم'],
  ] as const)('keeps every %s headline line between the topic and the rule, however long', (lang, dir, words) => {
    for (let repeat = 1; repeat <= 12; repeat++) {
      const svg = socialCardSvg({ ...card, lang, dir, headline: Array.from({ length: repeat }, () => words).join(' ') });
      const baselines = [...(/<g [^>]*>(.*)<\/g>/.exec(svg)?.[1] ?? '').matchAll(/ y="([\d.]+)"/g)].map((match) => Number(match[1]));
      expect(baselines.length).toBeGreaterThan(0);
      for (const y of baselines) {
        expect(y).toBeGreaterThan(150);
        expect(y).toBeLessThan(500);
      }
    }
  });

  it('is the same string for the same card', () => {
    expect(socialCardSvg({ ...card })).toBe(socialCardSvg(card));
  });
});
