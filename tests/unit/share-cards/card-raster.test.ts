import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCardRasterizer, type CardRasterizer } from '#src/share-cards/card-raster.ts';
import { cardLayoutSvg, socialCardLayout, type SocialCard } from '#src/share-cards/card-svg.ts';
import { withTempCache } from '../../support/temp-cache.ts';

const card: SocialCard = {
  headline: 'Waffle makers’ “AV” yields: Typhoon offers 4.5% as fjord ferries return',
  topic: 'Economy',
  siteName: 'The Daily Insight',
  siteHost: 'dailyinsight.example',
  lang: 'en',
  dir: 'ltr',
};

interface Pixels {
  data: Buffer;
  width: number;
  height: number;
}

async function pixelsOf(png: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

async function fromAfar(image: Pixels): Promise<Buffer> {
  const { data, width, height } = image;
  return sharp(data, { raw: { width, height, channels: 3 } })
    .resize(width / 10, height / 10, { kernel: 'cubic' })
    .raw()
    .toBuffer();
}

/** The box holding every dark pixel of a band of rows: where the text is. */
function inkBox(image: Pixels, top: number, bottom: number) {
  const box = { left: Infinity, right: -1, top: Infinity, bottom: -1 };
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < image.width; x++) {
      const at = (y * image.width + x) * 3;
      const grey = ((image.data[at] ?? 0) + (image.data[at + 1] ?? 0) + (image.data[at + 2] ?? 0)) / 3;
      if (grey > 128) continue;
      Object.assign(box, {
        left: Math.min(box.left, x),
        right: Math.max(box.right, x),
        top: Math.min(box.top, y),
        bottom: Math.max(box.bottom, y),
      });
    }
  }
  return box;
}

let rasterizer: CardRasterizer;

beforeAll(() => {
  const loaded = loadCardRasterizer();
  if (!loaded) throw new Error('The fast card renderer did not load: are fontconfig and fonts-noto-core installed?');
  rasterizer = loaded;
});

describe('the fast card renderer', () => {
  it('draws a left-to-right card as librsvg draws its SVG', async () => {
    const layout = socialCardLayout(card);
    expect(rasterizer.canDraw(layout)).toBe(true);
    const fast = await pixelsOf(await rasterizer.draw(layout));
    const librsvg = await pixelsOf(await sharp(Buffer.from(cardLayoutSvg(layout))).png().toBuffer());
    expect([fast.width, fast.height]).toEqual([1200, 630]);
    // Seen from afar (a tenth of the size), the cards are alike: Pango rounds each advance to
    // whole pixels where fontkit does not, so up close a long line drifts by a few pixels.
    const [fastFar, librsvgFar] = [await fromAfar(fast), await fromAfar(librsvg)];
    let difference = 0;
    for (let index = 0; index < fastFar.length; index++) {
      difference += Math.abs((fastFar[index] ?? 0) - (librsvgFar[index] ?? 0));
    }
    // Measured: 4.6 for this card since its headline wraps by the font's advance widths (its
    // second line then runs to within 5 px of the margin, where the drift is largest; 2.7 with
    // the estimated widths' shorter lines); 7 with the headline 5 px lower, 15 with another headline.
    expect(difference / fastFar.length).toBeLessThan(5);
    // The topic, each headline line, the footer: the same ink in the same place, to a few pixels.
    const bands = [[90, 130], ...layout.headline.map((line) => [Math.round(line.y) - 60, Math.round(line.y) + 20]), [540, 600]];
    for (const [top = 0, bottom = 0] of bands) {
      const [ours, theirs] = [inkBox(fast, top, bottom), inkBox(librsvg, top, bottom)];
      expect(ours.right).toBeGreaterThan(0);
      for (const side of ['left', 'right', 'top', 'bottom'] as const) {
        expect(Math.abs(ours[side] - theirs[side]), `${side} of the ink in rows ${top}–${bottom}`).toBeLessThanOrEqual(
          side === 'right' ? 12 : 2,
        );
      }
    }
  });

  it('draws the same layout to the same bytes, in another process too', async () => {
    const layout = socialCardLayout(card);
    const [first, again] = await Promise.all([rasterizer.draw(layout), rasterizer.draw(layout)]);
    expect(Buffer.compare(first, again)).toBe(0);
    const fresh = loadCardRasterizer();
    expect(fresh?.fingerprint).toBe(rasterizer.fingerprint);
    expect(Buffer.compare(first, (await fresh?.draw(layout)) ?? Buffer.alloc(0))).toBe(0);
  });

  it('draws different headlines to different cards', async () => {
    const [one, other] = await Promise.all(
      ['Ministers back the corridor', 'Ministers back the corridos'].map((headline) =>
        rasterizer.draw(socialCardLayout({ ...card, headline })),
      ),
    );
    expect(Buffer.compare(one ?? Buffer.alloc(0), other ?? Buffer.alloc(0))).not.toBe(0);
  });

  it.each([
    ['a right-to-left headline', { headline: 'کراچی میں بارش کے بعد صفائی مہم', lang: 'ur', dir: 'rtl' as const }],
    ['a character its fonts have no glyph for', { headline: 'Markets rally in नई दिल्ली after talks' }],
    ['an emoji in the topic', { topic: 'Weather 🌧' }],
  ])('leaves %s to librsvg', (_name, change) => {
    expect(rasterizer.canDraw(socialCardLayout({ ...card, ...change }))).toBe(false);
  });
});

describe('loadCardRasterizer', () => {
  it('gives no renderer when fontconfig cannot name the fonts, so librsvg draws every card', () => {
    const path = process.env['PATH'];
    process.env['PATH'] = '';
    try {
      expect(loadCardRasterizer()).toBeUndefined();
    } finally {
      process.env['PATH'] = path;
    }
  });
});

describe('cachedCardFile', () => {
  const cache = withTempCache('card-cache-', () => import('#src/share-cards/card-png.ts'));
  const cachedCardFile = (card: SocialCard) => cache.module.cachedCardFile(card);

  it('draws a card once and finds it in the cache after', async () => {
    const first = await cachedCardFile(card);
    const again = await cachedCardFile(card);
    expect([first.drawn, again.drawn]).toEqual([true, false]);
    expect(again.file).toBe(first.file);
    expect(first.file.startsWith(cache.dir)).toBe(true);
  });

  it('draws with the fast renderer what it can, and with librsvg what it cannot', async () => {
    const latin = await readFile((await cachedCardFile({ ...card, headline: 'Ports reopen' })).file);
    expect(Buffer.compare(latin, await rasterizer.draw(socialCardLayout({ ...card, headline: 'Ports reopen' })))).toBe(0);
    // librsvg finds another font (Noto Serif Devanagari) for the letters Noto Serif lacks.
    const devanagari = { ...card, headline: 'नई दिल्ली नई दिल्ली' };
    expect(rasterizer.canDraw(socialCardLayout(devanagari))).toBe(false);
    const drawn = await pixelsOf(await readFile((await cachedCardFile(devanagari)).file));
    const ink = inkBox(drawn, 150, 500);
    expect(ink.right - ink.left).toBeGreaterThan(200);
  });
});
