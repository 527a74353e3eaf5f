import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, TEST_BUILD_ROOT } from '../support/build-site.ts';
import { differingFiles, digestTree } from '../support/digest-tree.ts';
import { writeNewsroom } from '../support/fixture-newsroom.ts';
import { FIXTURE_NOW_EPOCH, sampleNewsroom } from '../support/sample-newsroom.ts';

describe('reproducible builds', () => {
  it('gives byte-identical output for the same content, whatever the machine time zone', async () => {
    const contentDir = join(TEST_BUILD_ROOT, 'reproducible', 'content');
    await writeNewsroom(contentDir, sampleNewsroom());
    const first = await buildSite('reproducible-a', contentDir, { SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH, TZ: 'UTC' });
    const second = await buildSite('reproducible-b', contentDir, {
      SOURCE_DATE_EPOCH: FIXTURE_NOW_EPOCH,
      TZ: 'Pacific/Kiritimati',
    });
    expect(first.exitCode, first.output).toBe(0);
    expect(second.exitCode, second.output).toBe(0);
    const a = digestTree(first.outDir);
    expect(a.size).toBeGreaterThan(30);
    expect(differingFiles(digestTree(second.outDir), a)).toEqual([]);
  }, 120_000);
});
