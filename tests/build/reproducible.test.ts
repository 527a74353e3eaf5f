import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, TEST_BUILD_ROOT } from '../support/build-site.ts';
import { writeNewsroom } from '../support/fixture-newsroom.ts';
import { FIXTURE_NOW_EPOCH, sampleNewsroom } from '../support/sample-newsroom.ts';

function digestTree(dir: string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    digests.set(relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return digests;
}

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
    expect(digestTree(second.outDir)).toEqual(a);
  }, 120_000);
});
