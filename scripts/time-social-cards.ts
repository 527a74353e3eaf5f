/**
 * Times social cards: building the SVG, drawing it to PNG, and what the build does per card
 * (draw into the cache or find it there, then copy it into the output), in milliseconds per
 * card (wall clock and CPU), for English and Urdu headlines. The cache and the output go to a
 * temporary folder that is removed afterwards.
 * Usage: npm exec -- node scripts/time-social-cards.ts [cards per language, default 100]
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { socialCardSvg, type SocialCard } from '../src/lib/social-card/card-svg.ts';

const count = Number(process.argv[2] ?? 100);
const cacheDir = await mkdtemp(join(tmpdir(), 'social-cards-'));
process.env['ASTRO_CACHE_DIR'] = cacheDir;
// Imported after ASTRO_CACHE_DIR is set: the cache folder is read once, at import.
const { cachedCardFile, renderCardPng } = await import('../src/content-source/social-card-png.ts');
const outDir = join(cacheDir, 'out');
await mkdir(outDir);

/** What the build does for one card. */
async function buildCard(svg: string, index: number): Promise<void> {
  await copyFile((await cachedCardFile(svg)).file, join(outDir, `${index}.png`));
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

try {
  for (const language of languages) {
    const all = cards(language);
    let svgs: string[] = [];
    let bytes = 0;
    console.info(`${language.name}, ${count} cards:`);
    await time('SVG', async () => {
      svgs = all.map(socialCardSvg);
    });
    await time('draw + PNG, one at a time', async () => {
      for (const svg of svgs) bytes += (await renderCardPng(svg)).length;
    });
    await time('first build (draw, copy)', async () => {
      for (const [index, svg] of svgs.entries()) await buildCard(svg, index);
    });
    await time('next builds (cache hit, copy)', async () => {
      for (const [index, svg] of svgs.entries()) await buildCard(svg, index);
    });
    console.info(`  ${'PNG size'.padEnd(28)} ${(bytes / count / 1024).toFixed(1).padStart(7)} KB per card`);
  }
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
