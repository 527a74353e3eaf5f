/**
 * The build manifest: what the articles loader decided, for the steps after it that cannot see
 * Astro's content store (the pages' shared data, the sitemap, the share-card and delivery
 * integrations, the search step). One versioned, schema-checked file in the build cache,
 * written by the loader on every sync (`writeBuildManifest`) and read by everyone else
 * (`readBuildManifest`), so nobody reads or checks the content a second time and every step
 * works from one publish decision.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { env } from '../config/env.ts';
import type { Routes } from '../config/urls.ts';
import type { NewsroomCheck } from './check-newsroom.ts';
import { followUsSchema } from './schemas/data.ts';
import { publishedRedirects } from '../delivery/published-redirects.ts';
import { relatedListOf, type KeptFileFacts } from '../related/related-list.ts';
import type { RelatedSettings } from '../related/index.ts';
import { searchPagesOf } from '../search/page-list.ts';
import { lastModifiedOf } from '../seo/published-dates.ts';
import { shareCardListOf } from '../share-cards/card-list.ts';

/** Raised whenever the manifest's shape changes: a manifest of another version is refused. */
export const MANIFEST_VERSION = 1;

const MANIFEST_FILE = 'newsroom-manifest.json';

const slugs = z.array(z.string());

const manifestSchema = z.strictObject({
  version: z.literal(MANIFEST_VERSION),
  /** Published article slugs, newest first: the publish policy, applied once. */
  published: slugs,
  /** Drafts and scheduled articles, with the reason, for the build report. */
  heldBack: z.array(z.strictObject({ slug: z.string(), file: z.string(), reason: z.string() })),
  /** Topics of the published articles, busiest first, each with its slugs newest first. */
  topics: z.array(z.strictObject({ slug: z.string(), name: z.string(), articles: slugs })),
  /** Each published article's Related News, in order. */
  related: z.array(z.tuple([z.string(), slugs])),
  /** Old URLs of renamed articles, under the base path. */
  redirects: z.array(z.strictObject({ from: z.string(), to: z.string() })),
  /** Each article page's last change (ISO), by absolute URL. */
  lastModified: z.record(z.string(), z.string()),
  /** Share cards to draw: articles without a lead image. */
  shareCards: z.array(
    z.strictObject({
      slug: z.string(),
      card: z.strictObject({
        headline: z.string(),
        topic: z.string().optional(),
        siteName: z.string(),
        siteHost: z.string(),
        lang: z.string(),
        dir: z.enum(['ltr', 'rtl']),
      }),
    }),
  ),
  /** Article pages the search step indexes. */
  searchPages: z.array(z.strictObject({ slug: z.string(), lang: z.string(), published: z.string() })),
  /** The data files' content, checked. */
  siteData: z.strictObject({ followUs: followUsSchema.optional(), trendingSlugs: slugs }),
});

/** The manifest as its readers get it. */
export type BuildManifest = z.output<typeof manifestSchema>;

/** What the manifest is made from besides the content check. */
export interface ManifestSettings {
  /** Routes under the base path (redirects, sitemap URLs). */
  routes: Routes;
  site: { name: string; url: string; lang: string; timeZone: string; related: RelatedSettings };
  /** Facts of files kept from earlier builds (`file-facts.ts`): articles' word counts for Related News. */
  facts?: KeptFileFacts;
}

/** The manifest of a passed content check: every later step's input, computed once. */
export function createBuildManifest(check: NewsroomCheck, { routes, site, facts }: ManifestSettings): BuildManifest {
  const { published } = check;
  const topicNames = new Map(check.topics.map((topic) => [topic.slug, topic.name]));
  return {
    version: MANIFEST_VERSION,
    published: published.map((article) => article.slug),
    heldBack: check.heldBack,
    topics: check.topics.map(({ slug, name, articles }) => ({ slug, name, articles: articles.map((article) => article.slug) })),
    related: relatedListOf(published, site.related, facts),
    redirects: publishedRedirects(published, routes),
    lastModified: lastModifiedOf(published, routes, site),
    // JSON has no undefined: a card without a topic leaves the key out.
    shareCards: shareCardListOf(published, topicNames, site).map(({ slug, card: { topic, ...card } }) => ({
      slug,
      card: topic === undefined ? card : { ...card, topic },
    })),
    searchPages: searchPagesOf(published, site.lang),
    siteData: check.siteData.followUs
      ? { followUs: check.siteData.followUs, trendingSlugs: check.siteData.trendingSlugs }
      : { trendingSlugs: check.siteData.trendingSlugs },
  };
}

function manifestPath(cacheDir: string): string {
  return join(cacheDir, MANIFEST_FILE);
}

/**
 * Saves the manifest (the articles loader's only output besides the content store). Written
 * under a temporary name and renamed, so a reader never sees half a file.
 */
export async function writeBuildManifest(manifest: BuildManifest): Promise<void> {
  const file = manifestPath(env.cacheDir);
  await mkdir(env.cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, `${JSON.stringify(manifest)}\n`);
  await rename(partial, file);
  cached = undefined;
}

/** The last manifest read, kept while its file is unchanged: several steps of one build read it. */
let cached: { key: string; manifest: Promise<BuildManifest> } | undefined;

/**
 * The manifest the articles loader wrote in this build (in `cacheDir`, the build's cache folder
 * by default), checked against its schema.
 * @throws Error naming the file when there is none (the content was not synced), or when it
 *   is of another version or shape (a cache left by another version of the site).
 */
export async function readBuildManifest(cacheDir: string = env.cacheDir): Promise<BuildManifest> {
  const file = manifestPath(cacheDir);
  let key: string;
  try {
    const info = await stat(file);
    key = `${file}|${info.mtimeMs}|${info.size}`;
  } catch (error) {
    throw new Error(`No build manifest at ${file}: the articles loader has not run in this build`, { cause: error });
  }
  if (cached?.key !== key) cached = { key, manifest: parseManifestFile(file) };
  return cached.manifest;
}

async function parseManifestFile(file: string): Promise<BuildManifest> {
  const result = manifestSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `The build manifest at ${file} is not of version ${MANIFEST_VERSION} or is damaged ` +
        `(${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}); delete the cache folder and build again`,
    );
  }
  return result.data;
}
