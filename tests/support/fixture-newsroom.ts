import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { articleFrontmatterSchema } from '#src/content/schemas/article.ts';
import { authorFrontmatterSchema } from '#src/content/schemas/author.ts';

export interface FixtureEntry {
  /** Path under `articles/` or `authors/`, e.g. `2025/04/embassy-talks.md`. */
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export interface FixtureNewsroom {
  articles: FixtureEntry[];
  authors: FixtureEntry[];
  /** Files under `data/` (JSON values). */
  data?: Record<string, unknown>;
  /** Images to generate, by path under the content folder. */
  images?: { path: string; width: number; height: number }[];
  /** Files written as given, bypassing the schema: for broken input on purpose. */
  rawFiles?: { path: string; text: string }[];
}

/**
 * Writes a content folder for a build test. Frontmatter goes through the real schemas first,
 * so a fixture cannot drift from the contract; broken input goes through `rawFiles`.
 */
export async function writeNewsroom(dir: string, newsroom: FixtureNewsroom): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const entry of newsroom.articles) {
    articleFrontmatterSchema.parse(entry.frontmatter);
    await writeText(join(dir, 'articles', entry.path), toMarkdown(entry));
  }
  for (const entry of newsroom.authors) {
    authorFrontmatterSchema.parse(entry.frontmatter);
    await writeText(join(dir, 'authors', entry.path), toMarkdown(entry));
  }
  for (const [name, value] of Object.entries(newsroom.data ?? {})) {
    await writeText(join(dir, 'data', name), JSON.stringify(value, null, 2));
  }
  for (const image of newsroom.images ?? []) {
    const file = join(dir, image.path);
    await mkdir(dirname(file), { recursive: true });
    await sharp({ create: { width: image.width, height: image.height, channels: 3, background: '#8a6d3b' } })
      .jpeg({ quality: 70 })
      .toFile(file);
  }
  for (const file of newsroom.rawFiles ?? []) await writeText(join(dir, file.path), file.text);
}

/** A Markdown file with YAML frontmatter. */
export function toMarkdown(entry: Pick<FixtureEntry, 'frontmatter' | 'body'>): string {
  return `---\n${yaml.dump(entry.frontmatter, { lineWidth: -1 })}---\n\n${entry.body.trim()}\n`;
}

async function writeText(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}
