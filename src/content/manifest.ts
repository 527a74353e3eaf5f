import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CACHE_DIR } from './html-cache.ts';

/**
 * Small JSON records the articles loader leaves beside Astro's cache for what runs after the
 * pages (integrations, the sitemap), which cannot see the content store: the loader has checked
 * every file and applied the publish policy, so no one reads the content a second time.
 */
export async function writeBuildRecord(name: string, value: unknown): Promise<void> {
  const file = join(CACHE_DIR, name);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(value)}\n`);
}

/**
 * A record the articles loader wrote in this build.
 * @throws Error naming the record when there is none: the content was not synced.
 */
export async function readBuildRecord<T>(name: string): Promise<T> {
  const file = join(CACHE_DIR, name);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(`No ${name} saved by the articles loader at ${file}`, { cause: error });
  }
}
