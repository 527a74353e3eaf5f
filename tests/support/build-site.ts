import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BUILD_STEPS } from '#src/build/commands.ts';

/** Where build tests keep their content, output and caches (ignored by git). */
export const TEST_BUILD_ROOT = resolve('.cache/test-builds');

export interface BuildResult {
  exitCode: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/**
 * Runs the steps of `npm run build` on `contentDir` into an output folder of its own, with its
 * own cache (both fresh unless `fresh` is false), as child processes using the same Node as the
 * tests; stops at the first step that fails.
 */
export async function buildSite(
  name: string,
  contentDir: string,
  env: Record<string, string> = {},
  { fresh = true }: { fresh?: boolean } = {},
): Promise<BuildResult> {
  const outDir = join(TEST_BUILD_ROOT, name, 'dist');
  const cacheDir = join(TEST_BUILD_ROOT, name, 'cache');
  // A fresh build starts without output or cache; a later build of the same name keeps both,
  // as a newsroom's deploys do.
  if (fresh) {
    await rm(outDir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  }
  const stepEnv = {
    ...process.env,
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
  };
  let output = '';
  let exitCode: number | null = 0;
  for (const step of BUILD_STEPS) {
    const child = spawn(process.execPath, [...step.nodeArgs, step.script, ...step.args], { env: stepEnv });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    exitCode = await new Promise<number | null>((done) => child.on('close', done));
    if (exitCode !== 0) break;
  }
  // eslint-disable-next-line no-control-regex
  return { exitCode, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir };
}
