import { escapeSvgText } from './svg-text.ts';
import { textWidthIn } from './text-width.ts';
import { wrapLines } from './wrap-lines.ts';

/** Open Graph's recommended large card size (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What an article's card shows. */
export interface SocialCard {
  headline: string;
  /** The article's first topic, printed above the headline like the kicker on its page. */
  topic: string | undefined;
  siteName: string;
  /** The site's host, printed in the corner. */
  siteHost: string;
  /** The headline's language (BCP 47) and direction: Urdu gets Nastaliq, right-aligned. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

// The light scheme of global.css.
const COLOURS = { paper: '#fdfcfa', ink: '#1a1a1a', muted: '#595959', rule: '#dcd8d0', accent: '#9b1c1c' };
/**
 * Font families, most wanted first, ending in a generic family. Installed fonts only (librsvg
 * finds them through fontconfig, and so does the fast renderer): Debian's fonts-noto-core.
 */
export const CARD_FONT_FAMILIES = {
  serif: ['Noto Serif', 'DejaVu Serif', 'serif'],
  sans: ['Noto Sans', 'DejaVu Sans', 'sans-serif'],
  urdu: ['Noto Nastaliq Urdu', 'Noto Naskh Arabic', 'serif'],
  arabic: ['Noto Naskh Arabic', 'Noto Nastaliq Urdu', 'serif'],
} as const;
type FontFamily = keyof typeof CARD_FONT_FAMILIES;
const GENERIC_FAMILIES = new Set(['serif', 'sans-serif']);

const MARGIN = 80;
const HEADLINE_BOX = { top: 150, bottom: 500 };

/**
 * Headline typesetting per script: steps tried largest first (a size and the most lines it may
 * take in the headline box), line height and ascent in em.
 */
interface Typesetting {
  family: FontFamily;
  steps: readonly { size: number; maxLines: number }[];
  lineHeight: number;
  ascent: number;
}
const LATIN: Typesetting = {
  family: 'serif',
  steps: [
    { size: 72, maxLines: 3 },
    { size: 64, maxLines: 4 },
    { size: 56, maxLines: 4 },
    { size: 48, maxLines: 5 },
  ],
  lineHeight: 1.18,
  ascent: 0.78,
};
// Nastaliq stacks its letters diagonally: lines need about twice the font size.
const NASTALIQ: Typesetting = {
  family: 'urdu',
  steps: [
    { size: 60, maxLines: 2 },
    { size: 52, maxLines: 3 },
    { size: 44, maxLines: 3 },
  ],
  lineHeight: 2.05,
  ascent: 1.3,
};
const NASKH: Typesetting = {
  family: 'arabic',
  steps: [
    { size: 64, maxLines: 3 },
    { size: 56, maxLines: 3 },
    { size: 48, maxLines: 4 },
  ],
  lineHeight: 1.6,
  ascent: 1,
};

function typesettingFor(card: SocialCard): Typesetting {
  if (card.dir === 'ltr') return LATIN;
  return card.lang.split('-')[0] === 'ur' ? NASTALIQ : NASKH;
}

/** The largest step at which the headline fits, wrapped; the smallest, cut short, if none does. */
function setHeadline(headline: string, type: Typesetting, width: number): { size: number; lines: string[] } {
  const measure = textWidthIn(CARD_FONT_FAMILIES[type.family], true);
  let set = { size: 48, lines: [headline] };
  for (const { size, maxLines } of type.steps) {
    const wrapped = wrapLines(headline, width, maxLines, (text) => measure(text, size));
    set = { size, lines: wrapped.lines };
    if (!wrapped.truncated) break;
  }
  return set;
}

/** A font of the card: one of CARD_FONT_FAMILIES at a weight. */
export interface CardFont {
  family: FontFamily;
  bold: boolean;
}

/** A line of text on the card, in pixels: `y` is the baseline, `x` where the anchor is. */
export interface CardText {
  text: string;
  x: number;
  y: number;
  font: CardFont;
  size: number;
  fill: string;
  anchor: 'start' | 'end';
  /** Extra space after each character, in pixels. */
  letterSpacing: number;
}

/** A filled rectangle of the card. */
export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

/**
 * Everything a card shows, placed: what the SVG says and what the fast renderer draws
 * (src/share-cards/card-raster.ts), so both draw the same card.
 */
export interface CardLayout {
  width: number;
  height: number;
  /** The headline's and topic's language and direction. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The colour under everything. */
  background: string;
  /** Painted on the background, in order; no text overlaps them. */
  rects: CardRect[];
  topic: CardText | undefined;
  /** One text per line. */
  headline: CardText[];
  /** The site's name and host. */
  footer: CardText[];
}

const SERIF_BOLD: CardFont = { family: 'serif', bold: true };
const SANS_BOLD: CardFont = { family: 'sans', bold: true };
const SANS: CardFont = { family: 'sans', bold: false };

/**
 * An article's card laid out: the topic in the accent colour, the headline as large as fits
 * (wrapped by the font's advance widths, cut with "…" if very long), a rule, the site's name and host.
 * Right-to-left headlines are right-aligned.
 */
export function socialCardLayout(card: SocialCard): CardLayout {
  const type = typesettingFor(card);
  const rtl = card.dir === 'rtl';
  const width = CARD_WIDTH - 2 * MARGIN;
  const { size, lines } = setHeadline(card.headline, type, width);
  const lineHeight = size * type.lineHeight;
  // Centred in its box: a short headline sits in the middle, not under the topic.
  const blockHeight = lines.length * lineHeight;
  const top = HEADLINE_BOX.top + Math.max(0, (HEADLINE_BOX.bottom - HEADLINE_BOX.top - blockHeight) / 2);
  // With direction="rtl", "start" is the right edge: anchor there.
  const x = rtl ? CARD_WIDTH - MARGIN : MARGIN;
  const text = { letterSpacing: 0, anchor: 'start' } as const;
  return {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    lang: card.lang,
    dir: card.dir,
    background: COLOURS.paper,
    rects: [
      { x: 0, y: 0, width: CARD_WIDTH, height: 14, fill: COLOURS.accent },
      { x: MARGIN, y: 522, width, height: 2, fill: COLOURS.rule },
      { x: 0, y: CARD_HEIGHT - 14, width: CARD_WIDTH, height: 14, fill: COLOURS.accent },
    ],
    topic: card.topic
      ? { ...text, text: card.topic.toUpperCase(), x, y: 118, font: SANS_BOLD, size: 28, fill: COLOURS.accent, letterSpacing: 3 }
      : undefined,
    headline: lines.map((line, index) => ({
      ...text,
      text: line,
      x,
      y: Number((top + (lineHeight - size) / 2 + type.ascent * size + index * lineHeight).toFixed(1)),
      font: { family: type.family, bold: true },
      size,
      fill: COLOURS.ink,
    })),
    footer: [
      { ...text, text: card.siteName, x: MARGIN, y: 580, font: SERIF_BOLD, size: 38, fill: COLOURS.ink },
      { ...text, text: card.siteHost, x: CARD_WIDTH - MARGIN, y: 578, font: SANS, size: 26, fill: COLOURS.muted, anchor: 'end' },
    ],
  };
}

/** A text's font and paint as SVG attributes. */
function textStyle({ font, size, fill, anchor, letterSpacing }: CardText): string {
  return [
    anchor === 'end' ? ' text-anchor="end"' : '',
    ` font-family="${CARD_FONT_FAMILIES[font.family].map((name) => (GENERIC_FAMILIES.has(name) ? name : `'${name}'`)).join(', ')}"`,
    font.bold ? ' font-weight="700"' : '',
    ` font-size="${size}"`,
    letterSpacing ? ` letter-spacing="${letterSpacing}"` : '',
    ` fill="${fill}"`,
  ].join('');
}

function svgText(text: CardText, attributes = ''): string {
  return `<text x="${text.x}" y="${text.y}"${attributes}>${escapeSvgText(text.text)}</text>`;
}

/** The SVG of a laid-out card, for librsvg (through sharp). All text is escaped. */
export function cardLayoutSvg(layout: CardLayout): string {
  const { width, height, dir } = layout;
  const [firstLine] = layout.headline;
  const headline = firstLine
    ? `<g lang="${escapeSvgText(layout.lang)}" direction="${dir}"${textStyle(firstLine)}>${layout.headline.map((line) => svgText(line)).join('')}</g>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${layout.background}"/>`,
    ...layout.rects.map((rect) => `<rect x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}" fill="${rect.fill}"/>`),
    layout.topic ? svgText(layout.topic, ` direction="${dir}"${textStyle(layout.topic)}`) : '',
    headline,
    ...layout.footer.map((text) => svgText(text, textStyle(text))),
    '</svg>',
  ].join('\n');
}

/** The SVG of an article's share card (see socialCardLayout). */
export function socialCardSvg(card: SocialCard): string {
  return cardLayoutSvg(socialCardLayout(card));
}
