/**
 * The build's last step (`npm run build` runs it after the search step): deletes what the last
 * build left in the output folder and this one did not write (src/build/sweep-output.ts), then,
 * when `OUT_DIR` lies outside the project, copies the site built inside the project into it
 * (src/config/output.ts).
 */
import { env } from '../src/config/env.ts';
import { outputFolders } from '../src/config/output.ts';
import { publishOutput } from '../src/build/publish-output.ts';
import { readOutputStart, readRouteFiles, sweepOutput } from '../src/build/sweep-output.ts';
import { MAIN_SEARCH_BUNDLE_DIR, MORE_SEARCH_BUNDLES_DIR, SEARCH_MANIFEST_FILE } from '../src/search/search.ts';

const { buildDir, publishDir } = outputFolders();

/** Files (and folders) other steps write whole every build and clear themselves: the search bundles and the share cards. */
function isManagedOutput(path: string): boolean {
  return (
    path.startsWith(MAIN_SEARCH_BUNDLE_DIR) ||
    path.startsWith(MORE_SEARCH_BUNDLES_DIR) ||
    path === SEARCH_MANIFEST_FILE ||
    /^news\/[^/]+\/card\.png$/.test(path)
  );
}
try {
  const started = await readOutputStart(env.cacheDir);
  if (started === undefined) throw new Error(`no record of when the build started in ${env.cacheDir}: run the whole build`);
  const removed = await sweepOutput(buildDir, started, (await readRouteFiles(env.cacheDir)) ?? new Set(), isManagedOutput);
  if (removed > 0) console.log(`[output] removed ${removed} files the last build wrote and this one did not`);
  if (publishDir !== undefined) {
    await publishOutput(buildDir, publishDir);
    console.log(`[output] copied the site to ${publishDir}`);
  }
} catch (error) {
  console.error(`[output] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
