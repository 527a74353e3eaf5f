import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { differingFiles, digestTree } from '../support/digest-tree.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { FIXTURE_NOW_EPOCH } from '../support/sample-newsroom.ts';
import { TEST_BUILD_ROOT } from '../support/build-site.ts';

// Output and cache on a file system of their own (a tmpfs), as with a mounted volume in a
// container or CI: Astro must not fail renaming across devices, the search index must not follow
// the order the file system lists files in, and a build that ran out of space must leave nothing
// a later build trusts. Mounting needs root; elsewhere these tests say why they do not run.
const isRoot = process.getuid?.() === 0;
if (!isRoot) console.info('other-file-systems.test.ts: not root, so no tmpfs can be mounted; these tests do not run');

const contentDir = join(TEST_BUILD_ROOT, 'shared-root', 'content');
const mounts: string[] = [];

function mountTmpfs(size: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

let disk: Map<string, string>;

beforeAll(async () => {
  if (!isRoot) return;
  // The shared fixture build, on the project's own disk, is the reference.
  disk = digestTree((await fixtureSite('root')).outDir);
}, 300_000);

afterAll(() => {
  for (const dir of mounts.reverse()) {
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe.skipIf(!isRoot)('a build whose output and cache are on another file system', () => {
  it('builds into a mounted OUT_DIR, twice alike, and byte-identical to a build on the project disk', async () => {
    const tmpfs = mountTmpfs('512m');
    const builds = [];
    for (const name of ['a', 'b']) {
      const build = await buildSite(`tmpfs-${name}`, contentDir, {
        SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH,
        OUT_DIR: join(tmpfs, `out-${name}`),
        ASTRO_CACHE_DIR: join(tmpfs, `cache-${name}`),
      });
      expect(build.exitCode, build.output).toBe(0);
      expect(build.output).not.toMatch(/EXDEV/);
      builds.push(digestTree(join(tmpfs, `out-${name}`)));
    }
    expect(builds[0]!.size).toBeGreaterThan(30);
    expect(differingFiles(builds[0]!, builds[1]!)).toEqual([]);
    expect(differingFiles(builds[0]!, disk)).toEqual([]);
  }, 240_000);

  it('fails on a full disk saying ENOSPC, and the next build on the same cache equals a clean one', async () => {
    const tmpfs = mountTmpfs('1m');
    const env = { SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH, OUT_DIR: join(tmpfs, 'out'), ASTRO_CACHE_DIR: join(tmpfs, 'cache') };
    const full = await buildSite('tmpfs-full', contentDir, env);
    expect(full.exitCode).not.toBe(0);
    expect(full.output).toMatch(/ENOSPC|No space left on device/);
    execFileSync('mount', ['-o', 'remount,size=512m', tmpfs]);
    const again = await buildSite('tmpfs-full', contentDir, env);
    expect(again.exitCode, again.output).toBe(0);
    expect(differingFiles(digestTree(join(tmpfs, 'out')), disk)).toEqual([]);
  }, 240_000);
});
