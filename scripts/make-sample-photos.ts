/**
 * Draws the sample newsroom's lead photos, body pictures and author portraits from SVG with sharp, so the
 * sample content carries only pictures this project made (no licence to track). The scenes are
 * seeded: running it again gives the same pictures, unless librsvg or the fonts change.
 * Usage: npm exec -- node scripts/make-sample-photos.ts
 */
import sharp from 'sharp';
import { createRandom, type Random } from './bench/random.ts';

const WIDTH = 2000;
const HEIGHT = 1125;

const filters = `<filter id="soft"><feGaussianBlur stdDeviation="18"/></filter>
<filter id="haze"><feGaussianBlur stdDeviation="3"/></filter>`;

function scene(defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<defs>${filters}${defs}</defs>
${body}
</svg>`;
}

/** A jagged ridge from x=0 to the right edge around `base`, closed along the bottom. */
function ridge(random: Random, base: number, amplitude: number, step: number, bottom = HEIGHT): string {
  const points: string[] = [`0,${bottom}`];
  let y = base;
  for (let x = 0; x <= WIDTH + step; x += step) {
    y = Math.min(base + amplitude, Math.max(base - amplitude, y + (random.next() - 0.5) * amplitude * 0.9));
    points.push(`${x},${Math.round(y)}`);
  }
  points.push(`${WIDTH},${bottom}`);
  return points.join(' ');
}

/** Ship-to-shore cranes, container stacks and a ship at a harbour at dusk. */
function portAtDusk(random: Random): string {
  const horizon = 760;
  const ink = '#1d1a2c';
  const boxColours = ['#5e2630', '#2b3a5c', '#2a4a4a', '#6b4428', '#47325a', '#4a4a58'];
  const stacks: string[] = [];
  for (let x = 80; x < 1900; x += 64) {
    const rows = random.int(1, 4);
    for (let row = 0; row < rows; row++) {
      const colour = random.pick(boxColours);
      stacks.push(`<rect x="${x}" y="${horizon - 34 * (row + 1)}" width="60" height="32" fill="${colour}" opacity="0.92"/>`);
    }
  }
  const crane = (x: number, height: number, reach: number) => `<g fill="${ink}">
    <rect x="${x}" y="${horizon - height}" width="14" height="${height}"/>
    <rect x="${x + 120}" y="${horizon - height}" width="14" height="${height}"/>
    <rect x="${x - 10}" y="${horizon - height * 0.55}" width="160" height="12"/>
    <rect x="${x - reach}" y="${horizon - height - 10}" width="${reach + 260}" height="20"/>
    <polygon points="${x + 40},${horizon - height - 10} ${x + 67},${horizon - height - 120} ${x + 94},${horizon - height - 10}"/>
    <line x1="${x + 67}" y1="${horizon - height - 120}" x2="${x - reach + 20}" y2="${horizon - height - 8}" stroke="${ink}" stroke-width="5"/>
    <line x1="${x + 67}" y1="${horizon - height - 120}" x2="${x + 250}" y2="${horizon - height - 8}" stroke="${ink}" stroke-width="5"/>
    <rect x="${x - reach * 0.6}" y="${horizon - height + 10}" width="4" height="${height * 0.45}"/>
  </g>`;
  const reflections = Array.from({ length: 60 }, () => {
    const y = horizon + 10 + random.next() ** 1.6 * (HEIGHT - horizon);
    const width = 40 + random.next() * 260 * (1 - (y - horizon) / (HEIGHT - horizon) / 2);
    return `<rect x="${1320 - width / 2 + (random.next() - 0.5) * 160}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="3" fill="#ffc58a" opacity="${(0.15 + random.next() * 0.4).toFixed(2)}"/>`;
  });
  return scene(
    `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#262a57"/><stop offset="0.45" stop-color="#7b3f6e"/>
      <stop offset="0.8" stop-color="#e0735a"/><stop offset="1" stop-color="#f7b267"/></linearGradient>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#5a3b5e"/><stop offset="1" stop-color="#15142a"/></linearGradient>
    <radialGradient id="sun" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#fff2c4"/><stop offset="0.25" stop-color="#ffcf7a" stop-opacity="0.9"/>
      <stop offset="1" stop-color="#f7b267" stop-opacity="0"/></radialGradient>`,
    `<rect width="${WIDTH}" height="${horizon}" fill="url(#sky)"/>
    <circle cx="1320" cy="${horizon - 40}" r="420" fill="url(#sun)"/>
    <circle cx="1320" cy="${horizon - 40}" r="62" fill="#fff0c8"/>
    <rect y="${horizon}" width="${WIDTH}" height="${HEIGHT - horizon}" fill="url(#sea)"/>
    ${reflections.join('')}
    <polygon points="${ridge(random, horizon - 40, 18, 80, horizon)}" fill="#3a2c4a" opacity="0.6"/>
    ${stacks.join('')}
    <rect y="${horizon - 4}" width="${WIDTH}" height="16" fill="${ink}"/>
    ${crane(260, 330, 200)}${crane(720, 360, 230)}${crane(1580, 320, 210)}
    <polygon points="980,${horizon + 60} 1000,${horizon + 10} 1560,${horizon + 10} 1540,${horizon + 60}" fill="${ink}"/>
    <rect x="1440" y="${horizon - 60}" width="70" height="70" fill="${ink}"/>`,
  );
}

/** A railway running across a steppe towards snow-capped mountains. */
function steppeRailway(random: Random): string {
  const horizon = 640;
  const vanishX = 1180;
  const sleepers: string[] = [];
  for (let i = 1; i < 70; i++) {
    const t = (i / 70) ** 2.2;
    const y = horizon + t * (HEIGHT - horizon + 40);
    const half = 4 + t * 400;
    const x = vanishX + (t * -380);
    sleepers.push(`<rect x="${(x - half).toFixed(1)}" y="${y.toFixed(1)}" width="${(half * 2).toFixed(1)}" height="${(1 + t * 16).toFixed(1)}" fill="#4a3a2a" opacity="0.85"/>`);
  }
  const clouds = Array.from({ length: 9 }, () => {
    const x = random.int(0, WIDTH);
    const y = random.int(80, 380);
    return `<ellipse cx="${x}" cy="${y}" rx="${random.int(140, 320)}" ry="${random.int(30, 60)}" fill="#ffffff" opacity="${(0.45 + random.next() * 0.35).toFixed(2)}" filter="url(#soft)"/>`;
  });
  const tufts = Array.from({ length: 400 }, () => {
    const y = horizon + 20 + random.next() ** 1.5 * (HEIGHT - horizon);
    const size = 2 + ((y - horizon) / (HEIGHT - horizon)) * 14;
    return `<ellipse cx="${random.int(0, WIDTH)}" cy="${y.toFixed(1)}" rx="${(size * 2).toFixed(1)}" ry="${size.toFixed(1)}" fill="${random.pick(['#6f7a3a', '#8a8443', '#5d6632', '#a39455'])}" opacity="0.7"/>`;
  });
  return scene(
    `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3f74b5"/><stop offset="1" stop-color="#d6e6ef"/></linearGradient>
    <linearGradient id="ground" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#b4a868"/><stop offset="1" stop-color="#6e6a35"/></linearGradient>
    <linearGradient id="peak" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#f4f6f8"/><stop offset="0.3" stop-color="#b9c4d2"/><stop offset="1" stop-color="#7d8ca3"/></linearGradient>`,
    `<rect width="${WIDTH}" height="${horizon}" fill="url(#sky)"/>
    ${clouds.join('')}
    <polygon points="${ridge(random, 400, 170, 45, horizon + 10)}" fill="url(#peak)"/>
    <polygon points="${ridge(random, 540, 50, 50, horizon + 10)}" fill="#6b7d8f" opacity="0.9"/>
    <polygon points="${ridge(random, 610, 20, 40, horizon + 10)}" fill="#8d8a5a"/>
    <rect y="${horizon}" width="${WIDTH}" height="${HEIGHT - horizon}" fill="url(#ground)"/>
    ${tufts.join('')}
    ${sleepers.join('')}
    <polygon points="${vanishX - 2},${horizon} ${vanishX + 2},${horizon} ${vanishX - 380 - 290},${HEIGHT + 40} ${vanishX - 380 - 310},${HEIGHT + 40}" fill="#2f2f33"/>
    <polygon points="${vanishX - 2},${horizon} ${vanishX + 2},${horizon} ${vanishX - 380 + 310},${HEIGHT + 40} ${vanishX - 380 + 290},${HEIGHT + 40}" fill="#2f2f33"/>`,
  );
}

/** Rows of ripe sorghum heads under a warm afternoon sky. */
function sorghumField(random: Random): string {
  const horizon = 520;
  const plants: string[] = [];
  for (let row = 0; row < 46; row++) {
    const t = (row / 45) ** 1.8;
    const y = horizon + 10 + t * (HEIGHT - horizon + 120);
    const scale = 0.15 + t * 1.6;
    const count = Math.round(70 - t * 52);
    for (let i = 0; i < count; i++) {
      const x = (i + random.next()) * (WIDTH / count);
      const head = `hsl(${random.int(8, 28)}, ${random.int(45, 65)}%, ${random.int(28, 42)}%)`;
      plants.push(`<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale.toFixed(3)})">
        <path d="M0 0 C 6 -60 -6 -120 0 -170" stroke="#6b7a2f" stroke-width="6" fill="none"/>
        <path d="M0 -60 C 30 -80 50 -70 70 -50 M0 -95 C -30 -110 -55 -100 -70 -80" stroke="#7c8c38" stroke-width="7" fill="none"/>
        <ellipse cx="0" cy="-198" rx="13" ry="34" fill="${head}"/>
        <ellipse cx="-4" cy="-206" rx="5" ry="20" fill="#f0c070" opacity="0.25"/>
      </g>`);
    }
  }
  return scene(
    `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#6fa3da"/><stop offset="0.7" stop-color="#e9d9b0"/><stop offset="1" stop-color="#f2d59a"/></linearGradient>
    <radialGradient id="sun" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#fffbe8"/><stop offset="0.2" stop-color="#fff0bd" stop-opacity="0.8"/>
      <stop offset="1" stop-color="#f2d59a" stop-opacity="0"/></radialGradient>
    <linearGradient id="ground" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#9c8a4c"/><stop offset="1" stop-color="#4d4a22"/></linearGradient>`,
    `<rect width="${WIDTH}" height="${horizon + 20}" fill="url(#sky)"/>
    <circle cx="460" cy="260" r="360" fill="url(#sun)"/>
    <polygon points="${ridge(random, horizon - 30, 25, 70, horizon + 20)}" fill="#7f8a6a" opacity="0.7" filter="url(#haze)"/>
    <rect y="${horizon}" width="${WIDTH}" height="${HEIGHT - horizon}" fill="url(#ground)"/>
    ${plants.join('')}`,
  );
}

/** A city skyline fading into morning haze, layer by layer. */
function hazyCity(random: Random): string {
  const layers = [
    { base: 700, min: 120, max: 330, fill: '#b9ad98', opacity: 0.75 },
    { base: 800, min: 140, max: 420, fill: '#8f8777', opacity: 0.85 },
    { base: 930, min: 160, max: 520, fill: '#5e5a52', opacity: 0.95 },
    { base: HEIGHT + 10, min: 200, max: 560, fill: '#2f2d2a', opacity: 1 },
  ];
  const buildings = layers.map((layer, depth) => {
    const shapes: string[] = [];
    for (let x = -40; x < WIDTH; ) {
      const width = random.int(50, 170) + depth * 20;
      const height = random.int(layer.min, layer.max);
      const top = layer.base - height;
      shapes.push(`<rect x="${x}" y="${top}" width="${width}" height="${HEIGHT - top}"/>`);
      if (random.chance(0.25)) shapes.push(`<rect x="${x + width / 2 - 3}" y="${top - 60}" width="6" height="60"/>`);
      if (depth === layers.length - 1) {
        for (let wy = top + 24; wy < layer.base - 30; wy += 34) {
          for (let wx = x + 12; wx < x + width - 20; wx += 26) {
            if (random.chance(0.3)) shapes.push(`<rect x="${wx}" y="${wy}" width="12" height="16" fill="#e8c27a" opacity="0.55"/>`);
          }
        }
      }
      x += width + random.int(0, 18);
    }
    return `<g fill="${layer.fill}" opacity="${layer.opacity}">${shapes.join('')}</g>
    <rect width="${WIDTH}" height="${HEIGHT}" fill="#e6d6b8" opacity="${(0.18 - depth * 0.05).toFixed(2)}"/>`;
  });
  return scene(
    `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#c9b99c"/><stop offset="0.6" stop-color="#eadcc0"/><stop offset="1" stop-color="#f1e6cf"/></linearGradient>
    <radialGradient id="sun" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#fff6de"/><stop offset="0.15" stop-color="#fbe7b8" stop-opacity="0.9"/>
      <stop offset="1" stop-color="#eadcc0" stop-opacity="0"/></radialGradient>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
    <circle cx="1450" cy="330" r="300" fill="url(#sun)"/>
    ${buildings.join('')}`,
  );
}

/** The container-terminal figures of the Karachi port story as a bar chart (a body picture, PNG). */
function containerChart(): string {
  const bars = [
    { year: '2022', teu: 1.21 },
    { year: '2023', teu: 1.34 },
    { year: '2024', teu: 1.52 },
    { year: '2025*', teu: 1.7 },
  ];
  const [width, height, left, bottom, top] = [1600, 900, 170, 760, 170];
  const scale = (bottom - top) / 2;
  const font = 'font-family="Noto Sans, DejaVu Sans, sans-serif"';
  const grid = [0, 0.5, 1, 1.5, 2].map((value) => {
    const y = bottom - value * scale;
    return `<line x1="${left}" y1="${y}" x2="${width - 80}" y2="${y}" stroke="#d5d0c6" stroke-width="2"/>
      <text x="${left - 24}" y="${y}" dy="0.35em" text-anchor="end" ${font} font-size="34" fill="#55524c">${value.toFixed(1)}</text>`;
  });
  const columns = bars.map(({ year, teu }, index) => {
    const x = left + 90 + index * 320;
    const y = bottom - teu * scale;
    const fill = year.endsWith('*') ? '#e0a26f' : '#b8412f';
    return `<rect x="${x}" y="${y}" width="190" height="${bottom - y}" fill="${fill}"/>
      <text x="${x + 95}" y="${y - 22}" text-anchor="middle" ${font} font-size="38" font-weight="700" fill="#1f1d1a">${teu.toFixed(2)}</text>
      <text x="${x + 95}" y="${bottom + 56}" text-anchor="middle" ${font} font-size="36" fill="#1f1d1a">${year}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#fbf8f2"/>
  <text x="${left - 110}" y="80" ${font} font-size="44" font-weight="700" fill="#1f1d1a">Containers handled at the terminal, million TEU</text>
  <text x="${left - 110}" y="128" ${font} font-size="32" fill="#55524c">* 2025 projected by the operator</text>
  ${grid.join('')}${columns.join('')}
</svg>`;
}

/** Lorries queuing at an automated terminal gate in the morning haze (a body picture). */
function terminalGate(random: Random): string {
  const [width, height, road] = [1400, 875, 560];
  const lorries = Array.from({ length: 7 }, (_, index) => {
    const scale = 1 - index * 0.11;
    const x = 160 + index * 150;
    const y = road + 150 - index * 26;
    const colour = random.pick(['#8c2f2a', '#2f4f7a', '#3c6b4a', '#c9a23a', '#5b5b66']);
    return `<g transform="translate(${x} ${y}) scale(${scale.toFixed(2)})">
      <rect x="0" y="-120" width="210" height="120" fill="${colour}"/>
      <rect x="210" y="-95" width="70" height="95" fill="#d8d4cc"/>
      <rect x="222" y="-85" width="46" height="34" fill="#7d93a6"/>
      <circle cx="45" cy="6" r="22" fill="#1b1b1d"/><circle cx="160" cy="6" r="22" fill="#1b1b1d"/><circle cx="245" cy="6" r="22" fill="#1b1b1d"/>
    </g>`;
  });
  const lanes = Array.from({ length: 5 }, (_, index) => {
    const x = 940 + index * 92;
    return `<rect x="${x}" y="${road - 170}" width="16" height="200" fill="#3b3b40"/>
      <rect x="${x + 22}" y="${road - 40}" width="52" height="8" fill="${index % 2 === 0 ? '#d9442f' : '#3ea35a'}"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>${filters}
    <linearGradient id="gate-sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9fb3c4"/><stop offset="1" stop-color="#ece2cf"/></linearGradient>
    <linearGradient id="gate-road" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8e8a84"/><stop offset="1" stop-color="#4f4c48"/></linearGradient>
  </defs>
  <rect width="${width}" height="${road}" fill="url(#gate-sky)"/>
  <polygon points="${ridge(random, road - 90, 40, 60, road)}" fill="#7c8790" opacity="0.55" filter="url(#haze)"/>
  <rect x="900" y="${road - 230}" width="480" height="50" fill="#2d2d33"/>
  <text x="1140" y="${road - 196}" text-anchor="middle" font-family="Noto Sans, DejaVu Sans, sans-serif" font-size="28" fill="#f2efe8">GATE 4</text>
  ${lanes.join('')}
  <rect y="${road}" width="${width}" height="${height - road}" fill="url(#gate-road)"/>
  ${lorries.reverse().join('')}
</svg>`;
}

/** A monogram portrait: initials on a shaded disc, cropped square. */
function monogram(initials: string, from: string, to: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
  <defs><radialGradient id="bg" cx="0.35" cy="0.3" r="0.85">
    <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></radialGradient></defs>
  <rect width="400" height="400" fill="url(#bg)"/>
  <text x="200" y="200" dy="0.35em" text-anchor="middle" font-family="Noto Serif, DejaVu Serif, serif"
    font-weight="700" font-size="170" fill="#fdfcfa" letter-spacing="4">${initials}</text>
</svg>`;
}

const photos: { file: string; svg: string }[] = [
  { file: 'content/articles/2025/03/karachi-port-cranes-dusk.jpg', svg: portAtDusk(createRandom(11)) },
  { file: 'content/articles/2025/07/steppe-railway.jpg', svg: steppeRailway(createRandom(23)) },
  { file: 'content/articles/2025/11/sorghum-field.jpg', svg: sorghumField(createRandom(37)) },
  { file: 'content/articles/2026/11/karachi-haze-skyline.jpg', svg: hazyCity(createRandom(41)) },
  { file: 'content/authors/amina-rauf.jpg', svg: monogram('AR', '#2d7f8c', '#103c45') },
  { file: 'content/authors/daniel-okafor.jpg', svg: monogram('DO', '#b8412f', '#5a1414') },
];

/**
 * Seeded film grain: photos carry noise, and image encoders should be timed on pictures that
 * have some (flat vector colour encodes unrealistically fast).
 */
function grain(width: number, height: number, seed: number): Buffer {
  const random = createRandom(seed);
  const pixels = Buffer.alloc(width * height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = 128 + Math.round((random.next() + random.next() - 1) * 46);
  return pixels;
}

// Pictures shown in the body of the Karachi port story: small files, as they load as the reader scrolls.
const chart = await sharp(Buffer.from(containerChart())).flatten({ background: '#fbf8f2' }).png({ palette: true, colours: 64 }).toFile('content/articles/2025/03/terminal-throughput-chart.png');
console.info(`content/articles/2025/03/terminal-throughput-chart.png (${chart.width}×${chart.height}, ${Math.round(chart.size / 1024)} KB)`);
const gate = sharp(Buffer.from(terminalGate(createRandom(53))));
const gateSize = await gate.metadata();
const gateNoise = { input: grain(gateSize.width ?? 0, gateSize.height ?? 0, 99), raw: { width: gateSize.width ?? 0, height: gateSize.height ?? 0, channels: 1 as const }, blend: 'soft-light' as const };
const gateInfo = await sharp(await gate.png().toBuffer())
  .composite([gateNoise])
  .jpeg({ quality: 72, mozjpeg: true })
  .toFile('content/articles/2025/03/terminal-gate-queue.jpg');
console.info(`content/articles/2025/03/terminal-gate-queue.jpg (${gateInfo.width}×${gateInfo.height}, ${Math.round(gateInfo.size / 1024)} KB)`);

for (const [index, { file, svg }] of photos.entries()) {
  const drawn = sharp(Buffer.from(svg));
  const { width = 0, height = 0 } = await drawn.metadata();
  const noise = { input: grain(width, height, index + 1), raw: { width, height, channels: 1 as const }, blend: 'soft-light' as const };
  const info = await sharp(await drawn.png().toBuffer())
    .composite([noise])
    .jpeg({ quality: 84, mozjpeg: true })
    .toFile(file);
  console.info(`${file} (${info.width}×${info.height}, ${Math.round(info.size / 1024)} KB)`);
}
