/**
 * Times social cards: laying them out, drawing them to PNG with librsvg and with the fast
 * renderer (left-to-right cards only), and what the build does per card (draw into the cache or
 * find it there, then copy it into the output), in milliseconds per card (wall clock and CPU),
 * for English and Urdu headlines. The cache and the output go to a temporary folder that is
 * removed afterwards.
 * Usage: npm exec -- node scripts/time-social-cards.ts [cards per language, default 100]
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cardLayoutSvg,
  socialCardLayout,
  type CardLayout,
  type SocialCard,
} from '../src/share-cards/card-svg.ts';
import { loadCardRasterizer } from '../src/share-cards/card-raster.ts';

const count = Number(process.argv[2] ?? 100);
const cacheDir = await mkdtemp(join(tmpdir(), 'social-cards-'));
process.env['ASTRO_CACHE_DIR'] = cacheDir;
// Imported after ASTRO_CACHE_DIR is set: the cache folder is read once, at import.
const { cachedCardFile, renderCardPng } = await import('../src/share-cards/card-png.ts');
const outDir = join(cacheDir, 'out');
await mkdir(outDir);

/** What the build does for one card. */
async function buildCard(card: SocialCard, index: number): Promise<void> {
  await copyFile((await cachedCardFile(card)).file, join(outDir, `${index}.png`));
}

const languages: { name: string; lang: string; dir: 'ltr' | 'rtl'; words: string[] }[] = [
  {
    name: 'English',
    lang: 'en',
    dir: 'ltr',
    words: 'Ministers back new trade corridor as port capacity climbs after talks on tariffs'.split(' '),
  },
  { name: 'Urdu', lang: 'ur', dir: 'rtl', words: 'کراچی میں مون سون سے قبل نکاسیٔ آب کا ہنگامی منصوبہ منظور'.split(' ') },
];

/** Headlines of 5 to 13 words, different for every card, as a newsroom's would be. */
function cards(language: (typeof languages)[number]): SocialCard[] {
  return Array.from({ length: count }, (_, index) => ({
    headline: [...language.words.slice(0, 5 + (index % 9)), String(index)].join(' '),
    topic: 'Economy',
    siteName: 'The Daily Insight',
    siteHost: 'dailyinsight.example',
    lang: language.lang,
    dir: language.dir,
  }));
}

async function time(label: string, work: () => Promise<unknown>): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const wall = (performance.now() - started) / count;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / count;
  console.info(`  ${label.padEnd(28)} ${wall.toFixed(2).padStart(7)} ms wall  ${cpuMs.toFixed(2).padStart(7)} ms CPU per card`);
}

const rasterizer = loadCardRasterizer();
if (!rasterizer) console.info('The fast renderer is unavailable (fc-match or the fonts missing): librsvg only.');

try {
  for (const language of languages) {
    const all = cards(language);
    let layouts: CardLayout[] = [];
    let svgs: string[] = [];
    console.info(`${language.name}, ${count} cards:`);
    await time('layout + SVG', async () => {
      layouts = all.map(socialCardLayout);
      svgs = layouts.map(cardLayoutSvg);
    });
    let librsvgBytes = 0;
    await time('librsvg: draw + PNG', async () => {
      for (const svg of svgs) librsvgBytes += (await renderCardPng(svg)).length;
    });
    console.info(`  ${'librsvg: PNG size'.padEnd(28)} ${(librsvgBytes / count / 1024).toFixed(1).padStart(7)} KB per card`);
    const fast = rasterizer && layouts.every((layout) => rasterizer.canDraw(layout)) ? rasterizer : undefined;
    if (fast) {
      let fastBytes = 0;
      // The first pass also draws each glyph once; the second finds them drawn, as most cards of a build do.
      for (const pass of ['first cards', 'later cards']) {
        fastBytes = 0;
        await time(`fast: draw + PNG, ${pass}`, async () => {
          for (const layout of layouts) fastBytes += (await fast.draw(layout)).length;
        });
      }
      console.info(`  ${'fast: PNG size'.padEnd(28)} ${(fastBytes / count / 1024).toFixed(1).padStart(7)} KB per card`);
    } else {
      console.info('  fast: not for these cards (librsvg draws them in the build)');
    }
    await time('first build (draw, copy)', async () => {
      for (const [index, card] of all.entries()) await buildCard(card, index);
    });
    await time('next builds (cache hit, copy)', async () => {
      for (const [index, card] of all.entries()) await buildCard(card, index);
    });
  }
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
