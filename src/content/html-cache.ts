import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { env } from '../config/env.ts';

/**
 * Rendered article bodies, one file per content digest. They live beside Astro's content
 * store rather than in it: Astro bundles the whole store into the build as one module, and
 * pages read only the body they show.
 */
const HTML_DIR = join(env.cacheDir, 'newsroom-html');

function fileFor(digest: string): string {
  return join(HTML_DIR, `${digest}.html`);
}

/**
 * The digests whose rendered bodies are cached, from one listing of the folder: every entry of
 * every build asks, and one listing costs far less than a file-system call per entry.
 */
export function listCachedHtml(): Set<string> {
  try {
    return new Set(readdirSync(HTML_DIR).flatMap((name) => (name.endsWith('.html') ? [name.slice(0, -'.html'.length)] : [])));
  } catch {
    return new Set();
  }
}

/**
 * Saves rendered bodies under their digests, a batch of files at a time: writing thousands one
 * after another would leave the CPU waiting on the disk. Each is written under a temporary name
 * and renamed when complete, so a build that fails half-way (a full disk) leaves no truncated
 * body that a later build would trust by its name.
 */
export async function writeCachedHtml(bodies: readonly { digest: string; html: string }[]): Promise<void> {
  if (bodies.length === 0) return;
  await mkdir(HTML_DIR, { recursive: true });
  const limit = pLimit(64);
  await Promise.all(
    bodies.map(({ digest, html }) =>
      limit(async () => {
        const partial = `${fileFor(digest)}.${process.pid}.partial`;
        await writeFile(partial, html);
        await rename(partial, fileFor(digest));
      }),
    ),
  );
}

/**
 * The body rendered from this digest. Read synchronously: for files of a few kilobytes, one
 * blocking read is several times cheaper than the four asynchronous steps of `readFile`.
 * @throws Error when it is not cached (the content store and the cache disagree).
 */
export function readCachedHtml(digest: string): string {
  try {
    return readFileSync(fileFor(digest), 'utf8');
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
