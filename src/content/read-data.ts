import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { ContentValidationError } from './issues.ts';
import { followUsSchema, trendingSchema, type FollowUs } from '../config/site-schema.ts';
import { toProjectPath } from './read-files.ts';

/** The newsroom's build-time data files; each is optional. */
export interface SiteData {
  followUs: FollowUs | undefined;
  trendingSlugs: string[];
  /** Project-relative path of the trending file, for messages. */
  trendingFile: string;
}

/**
 * Reads `<contentDir>/data/follow-us.json` and `trending.json`.
 * @throws ContentValidationError naming the file and field when one is malformed.
 */
export async function readSiteData(contentDir: string): Promise<SiteData> {
  const followUs = await readJson(join(contentDir, 'data', 'follow-us.json'), followUsSchema);
  const trendingPath = join(contentDir, 'data', 'trending.json');
  const trending = await readJson(trendingPath, trendingSchema);
  return { followUs, trendingSlugs: trending?.slugs ?? [], trendingFile: toProjectPath(trendingPath) };
}

async function readJson<TSchema extends z.ZodType>(path: string, schema: TSchema): Promise<z.output<TSchema> | undefined> {
  if (!existsSync(path)) return undefined;
  const file = toProjectPath(path);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ContentValidationError([{ file, field: 'json', message: (error as Error).message }]);
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new ContentValidationError(
    result.error.issues.map((issue) => ({ file, field: issue.path.join('.') || undefined, message: issue.message })),
  );
}
