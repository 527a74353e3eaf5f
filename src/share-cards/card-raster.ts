import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { create as openFont, type Font, type Glyph } from 'fontkit';
import sharp from 'sharp';
import {
  CARD_FONT_FAMILIES,
  type CardFont,
  type CardLayout,
  type CardText,
} from './card-svg.ts';
import { encodePalettePng } from './png.ts';
import { cardFontFile } from './text-width.ts';
import {
  createPaletteImage,
  fillRect,
  MAX_INKS,
  paintMask,
  parseHexColour,
  type CoverageMask,
  type PaletteImage,
} from './pixels.ts';

/**
 * Draws left-to-right cards without librsvg laying out and drawing the whole card each time.
 * librsvg's filling, converting and text setting of every card was most of a cold build of a
 * large archive without photos (docs/performance.md, "Share cards"). Here fontkit shapes each line (kerning and ligatures from the font's own
 * tables), every glyph at every size is drawn once per build (by librsvg, from its outline) into
 * a coverage mask, and a card is a copy of the site's background (bars, rule, name and host,
 * painted once) with the topic and headline painted in, one byte a pixel from a palette of
 * shades (src/share-cards/pixels.ts), deflated into an indexed PNG (src/share-cards/png.ts): a
 * fraction of librsvg's CPU and size (`npm run time:cards`); full colour in memory spent most of
 * its time deflating three bytes a pixel. Glyph origins are rounded to
 * whole pixels, as Pango (librsvg's text layout) places them too. Right-to-left cards (Nastaliq
 * needs a full shaper), text a font has no glyph for, and layouts of more colours than a palette
 * holds are left to librsvg, which falls back to other fonts.
 */
export interface CardRasterizer {
  /** What drawing depends on besides the layout (fonts, libraries, options): part of cache keys. */
  fingerprint: string;
  canDraw(layout: CardLayout): boolean;
  /** The card as an opaque PNG: the same layout always gives the same bytes. */
  draw(layout: CardLayout): Promise<Buffer>;
}

/** Another fontkit may shape a line otherwise: part of the fingerprint. */
const FONTKIT_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('fontkit')), 'utf8')) as { version: string }
).version;
/** Raised when what this file draws changes, so cached cards are drawn again. */
const DRAWING_VERSION = 3;

type FontKey = `${keyof typeof CARD_FONT_FAMILIES}-${'bold' | 'regular'}`;
/** The faces left-to-right cards use; others (Urdu, Arabic) are librsvg's. */
const LATIN_FACES: readonly CardFont[] = [
  { family: 'serif', bold: true },
  { family: 'sans', bold: true },
  { family: 'sans', bold: false },
];

function fontKey(font: CardFont): FontKey {
  return `${font.family}-${font.bold ? 'bold' : 'regular'}`;
}

/** A site's card background, and the colours its palette has ramps for. */
interface Background {
  image: PaletteImage;
  inks: string[];
}

/** A glyph's coverage at one size, placed relative to its origin on the baseline. */
interface GlyphMask {
  left: number;
  top: number;
  mask: CoverageMask;
}

/**
 * The rasterizer, or undefined when fontconfig cannot name the font files (no `fc-match`) or
 * fontkit cannot read one: every card is then librsvg's, slower but the same card.
 */
export function loadCardRasterizer(): CardRasterizer | undefined {
  const fonts = new Map<FontKey, Font>();
  const fingerprint = createHash('sha256').update(
    JSON.stringify({ DRAWING_VERSION, fontkit: FONTKIT_VERSION, rsvg: sharp.versions.rsvg, zlib: process.versions.zlib }),
  );
  try {
    for (const face of LATIN_FACES) {
      const bytes = readFileSync(fontFile(face));
      const font = openFont(bytes);
      if (!('layout' in font)) return undefined;
      // A variable font's default instance is its regular weight: ask for the face's.
      fonts.set(fontKey(face), font.variationAxes['wght'] ? font.getVariation({ wght: face.bold ? 700 : 400 }) : font);
      fingerprint.update(createHash('sha256').update(bytes).digest('hex'));
    }
  } catch {
    return undefined;
  }
  const masks = new Map<string, Promise<GlyphMask | undefined>>();
  const backgrounds = new Map<string, Promise<Background>>();
  const spareImages: Uint8Array[] = [];

  function glyphMask(key: FontKey, font: Font, glyph: Glyph, size: number): Promise<GlyphMask | undefined> {
    const id = `${key} ${size} ${glyph.id}`;
    let mask = masks.get(id);
    if (!mask) {
      mask = drawGlyphMask(glyph, size / font.unitsPerEm);
      masks.set(id, mask);
    }
    return mask;
  }

  /**
   * The background, rectangles and footer, the same on every card of a site: painted once,
   * copied after. Its palette has a ramp for every colour the layout paints with.
   */
  function backgroundOf(layout: CardLayout): Promise<Background> {
    const { width, height, background, rects, footer } = layout;
    const inks = inksOf(layout);
    const key = JSON.stringify({ width, height, background, rects, footer, inks });
    let painted = backgrounds.get(key);
    if (!painted) {
      painted = (async () => {
        const image = createPaletteImage(width, height, parseHexColour(background), inks.map(parseHexColour));
        for (const rect of rects) fillRect(image, rect, inks.indexOf(rect.fill));
        for (const text of footer) await paintText(image, text, inks.indexOf(text.fill));
        return { image, inks };
      })();
      backgrounds.set(key, painted);
    }
    return painted;
  }

  async function paintText(image: PaletteImage, text: CardText, ink: number): Promise<void> {
    const key = fontKey(text.font);
    const font = fonts.get(key);
    if (!font) throw new Error(`No font loaded for ${key}`);
    const run = font.layout(text.text);
    const scale = text.size / font.unitsPerEm;
    const width = run.advanceWidth * scale + text.letterSpacing * run.glyphs.length;
    let pen = text.anchor === 'end' ? text.x - width : text.x;
    const baseline = Math.round(text.y);
    for (const [index, glyph] of run.glyphs.entries()) {
      const position = run.positions[index];
      if (!position) continue;
      const drawn = await glyphMask(key, font, glyph, text.size);
      if (drawn) {
        const x = Math.round(pen + position.xOffset * scale) + drawn.left;
        const y = baseline - Math.round(position.yOffset * scale) + drawn.top;
        paintMask(image, drawn.mask, x, y, ink);
      }
      pen += position.xAdvance * scale + text.letterSpacing;
    }
  }

  return {
    fingerprint: fingerprint.digest('hex'),
    canDraw(layout) {
      if (layout.dir !== 'ltr' || inksOf(layout).length > MAX_INKS) return false;
      return cardTexts(layout).every((text) => {
        const font = fonts.get(fontKey(text.font));
        return font !== undefined && [...text.text].every((char) => font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
      });
    },
    async draw(layout) {
      const { image: background, inks } = await backgroundOf(layout);
      // Reused: new images of most of a megabyte each kept the garbage collector busy.
      const spare = spareImages.pop();
      const data = spare?.length === background.data.length ? spare : new Uint8Array(background.data.length);
      data.set(background.data);
      const image = { ...background, data };
      try {
        for (const text of perCardTexts(layout)) await paintText(image, text, inks.indexOf(text.fill));
        return encodePalettePng(image);
      } finally {
        spareImages.push(data);
      }
    },
  };
}

/** The colours a layout paints with besides its background, in the order they first appear. */
function inksOf(layout: CardLayout): string[] {
  return [...new Set([...layout.rects, ...cardTexts(layout)].map((shape) => shape.fill))];
}

/** The texts that differ from card to card, painted over the site's background. */
function perCardTexts(layout: CardLayout): CardText[] {
  return [...(layout.topic ? [layout.topic] : []), ...layout.headline];
}

function cardTexts(layout: CardLayout): CardText[] {
  return [...perCardTexts(layout), ...layout.footer];
}

/** The file fontconfig picks for a face: the one librsvg draws the same text with. */
function fontFile(face: CardFont): string {
  return cardFontFile(CARD_FONT_FAMILIES[face.family], face.bold);
}

/** A glyph's outline at `scale` pixels a font unit, drawn by librsvg into a coverage mask. */
async function drawGlyphMask(glyph: Glyph, scale: number): Promise<GlyphMask | undefined> {
  const box = glyph.path.bbox;
  // Spaces have no outline.
  if (!(box.maxX > box.minX && box.maxY > box.minY)) return undefined;
  // A pixel of room around the ink for antialiasing. Font units point up, pixels down.
  const left = Math.floor(box.minX * scale) - 1;
  const top = Math.floor(-box.maxY * scale) - 1;
  const width = Math.ceil(box.maxX * scale) + 1 - left;
  const height = Math.ceil(-box.minY * scale) + 1 - top;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<path transform="translate(${-left} ${-top}) scale(${scale} ${-scale})" d="${glyph.path.toSVG()}"/></svg>`;
  const data = await sharp(Buffer.from(svg)).extractChannel('alpha').raw().toBuffer();
  return { left, top, mask: { width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) } };
}
