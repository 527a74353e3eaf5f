import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Astro's cache folder: `ASTRO_CACHE_DIR`, or the default under node_modules. */
export const CACHE_DIR = process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro';

/**
 * Rendered article bodies, one file per content digest. They live beside Astro's content
 * store rather than in it: Astro bundles the whole store into the build as one module, and
 * pages read only the body they show.
 */
const HTML_DIR = join(CACHE_DIR, 'newsroom-html');

function fileFor(digest: string): string {
  return join(HTML_DIR, `${digest}.html`);
}

/** True when the body rendered from this digest is cached. */
export function hasCachedHtml(digest: string): boolean {
  return existsSync(fileFor(digest));
}

/** Saves a rendered body under its digest. */
export async function writeCachedHtml(digest: string, html: string): Promise<void> {
  await mkdir(HTML_DIR, { recursive: true });
  await writeFile(fileFor(digest), html);
}

/**
 * The body rendered from this digest.
 * @throws Error when it is not cached (the content store and the cache disagree).
 */
export async function readCachedHtml(digest: string): Promise<string> {
  try {
    return await readFile(fileFor(digest), 'utf8');
  } catch {
    throw new Error(`rendered article ${digest} is missing from ${HTML_DIR}; delete the cache folder and build again`);
  }
}

/** Deletes cached bodies of digests no entry uses any more. */
export async function pruneCachedHtml(keep: ReadonlySet<string>): Promise<void> {
  if (!existsSync(HTML_DIR)) return;
  const unused = (await readdir(HTML_DIR)).filter((name) => !keep.has(name.replace(/\.html$/, '')));
  await Promise.all(unused.map((name) => rm(join(HTML_DIR, name), { force: true })));
}
