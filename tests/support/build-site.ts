import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Where build tests keep their content, output and caches (ignored by git). */
export const TEST_BUILD_ROOT = resolve('.cache/test-builds');

export interface BuildResult {
  exitCode: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/**
 * Runs `astro build` on `contentDir` into a fresh output folder of its own, with its own
 * content cache, as a child process using the same Node as the tests.
 */
export async function buildSite(
  name: string,
  contentDir: string,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  const outDir = join(TEST_BUILD_ROOT, name, 'dist');
  const cacheDir = join(TEST_BUILD_ROOT, name, 'cache');
  await rm(outDir, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  // eslint-disable-next-line no-control-regex
  return { exitCode, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir };
}
