import { escapeSvgText } from './svg-text.ts';
import { estimateTextWidth } from './text-width.ts';
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
// Installed fonts only (librsvg finds them through fontconfig): Debian's fonts-noto-core.
const FONTS = {
  serif: "'Noto Serif', 'DejaVu Serif', serif",
  sans: "'Noto Sans', 'DejaVu Sans', sans-serif",
  urdu: "'Noto Nastaliq Urdu', 'Noto Naskh Arabic', serif",
  arabic: "'Noto Naskh Arabic', 'Noto Nastaliq Urdu', serif",
};

const MARGIN = 80;
const HEADLINE_BOX = { top: 150, bottom: 500 };

/**
 * Headline typesetting per script: steps tried largest first (a size and the most lines it may
 * take in the headline box), line height and ascent in em.
 */
interface Typesetting {
  font: string;
  steps: readonly { size: number; maxLines: number }[];
  lineHeight: number;
  ascent: number;
}
const LATIN: Typesetting = {
  font: FONTS.serif,
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
  font: FONTS.urdu,
  steps: [
    { size: 60, maxLines: 2 },
    { size: 52, maxLines: 3 },
    { size: 44, maxLines: 3 },
  ],
  lineHeight: 2.05,
  ascent: 1.3,
};
const NASKH: Typesetting = {
  font: FONTS.arabic,
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
  let set = { size: 48, lines: [headline] };
  for (const { size, maxLines } of type.steps) {
    const wrapped = wrapLines(headline, width, maxLines, (text) => estimateTextWidth(text, size));
    set = { size, lines: wrapped.lines };
    if (!wrapped.truncated) break;
  }
  return set;
}

/**
 * The SVG of an article's share card: the topic in the accent colour, the headline as large as
 * fits (wrapped by estimated width, cut with "…" if very long), a rule, the site's name and
 * host. Right-to-left headlines are right-aligned. All text is escaped.
 */
export function socialCardSvg(card: SocialCard): string {
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
  const headline = lines
    .map((line, index) => {
      const y = top + (lineHeight - size) / 2 + type.ascent * size + index * lineHeight;
      return `<text x="${x}" y="${y.toFixed(1)}">${escapeSvgText(line)}</text>`;
    })
    .join('');
  const topic = card.topic
    ? `<text x="${x}" y="118" direction="${card.dir}" font-family="${FONTS.sans}" font-weight="700" font-size="28" letter-spacing="3" fill="${COLOURS.accent}">${escapeSvgText(card.topic.toUpperCase())}</text>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.paper}"/>`,
    `<rect width="${CARD_WIDTH}" height="14" fill="${COLOURS.accent}"/>`,
    topic,
    `<g lang="${escapeSvgText(card.lang)}" direction="${card.dir}" font-family="${type.font}" font-weight="700" font-size="${size}" fill="${COLOURS.ink}">${headline}</g>`,
    `<rect x="${MARGIN}" y="522" width="${width}" height="2" fill="${COLOURS.rule}"/>`,
    `<text x="${MARGIN}" y="580" font-family="${FONTS.serif}" font-weight="700" font-size="38" fill="${COLOURS.ink}">${escapeSvgText(card.siteName)}</text>`,
    `<text x="${CARD_WIDTH - MARGIN}" y="578" text-anchor="end" font-family="${FONTS.sans}" font-size="26" fill="${COLOURS.muted}">${escapeSvgText(card.siteHost)}</text>`,
    `<rect y="${CARD_HEIGHT - 14}" width="${CARD_WIDTH}" height="14" fill="${COLOURS.accent}"/>`,
    '</svg>',
  ].join('\n');
}
