import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, TEST_BUILD_ROOT, type BuildResult } from './build-site.ts';
import { writeNewsroom } from './fixture-newsroom.ts';
import { FIXTURE_NOW_EPOCH, sampleNewsroom } from './sample-newsroom.ts';

/** Set by the global setup: one id per `npm test` run. */
const RUN_ID = process.env['NEWSROOM_TEST_RUN'] ?? `${process.pid}`;

/** The sample fixture site at the root, or under the base path hosts like GitHub Pages use. */
export type FixtureVariant = 'root' | 'base-path';

export const FIXTURE_BASE_PATH = '/news-site/';
/** Pages per search bundle of the base-path fixture (the root fixture keeps the default). */
export const FIXTURE_BASE_PATH_SEARCH_BUNDLE_PAGES = 4;

/**
 * The sample fixture newsroom, built once per test run and shared by every test file that only
 * reads the output (browser tests, server tests): each build costs seconds, and files run one
 * at a time, so the second file finds the first file's build by its run stamp.
 */
export async function fixtureSite(variant: FixtureVariant = 'root'): Promise<BuildResult> {
  const name = `shared-${variant}`;
  const stamp = join(TEST_BUILD_ROOT, name, 'built-by-run');
  const outDir = join(TEST_BUILD_ROOT, name, 'dist');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === RUN_ID) {
    return { exitCode: 0, output: readFileSync(join(TEST_BUILD_ROOT, name, 'build.log'), 'utf8'), outDir };
  }
  const contentDir = join(TEST_BUILD_ROOT, name, 'content');
  await writeNewsroom(contentDir, sampleNewsroom());
  const env: Record<string, string> = { SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH };
  if (variant === 'base-path') {
    env['BASE_PATH'] = FIXTURE_BASE_PATH;
    // Search bundles of a few pages, so that a site split into several is built and searched.
    env['SEARCH_PAGES_PER_BUNDLE'] = String(FIXTURE_BASE_PATH_SEARCH_BUNDLE_PAGES);
  }
  const build = await buildSite(name, contentDir, env);
  if (build.exitCode !== 0) throw new Error(`fixture build (${variant}) failed:\n${build.output}`);
  writeFileSync(join(TEST_BUILD_ROOT, name, 'build.log'), build.output);
  writeFileSync(stamp, RUN_ID);
  return build;
}
