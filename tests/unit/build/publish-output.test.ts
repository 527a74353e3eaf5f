import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishOutput } from '#src/build/publish-output.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('publishOutput', () => {
  it('replaces what the destination held with the built site, keeps the folder itself, and removes the build folder', async () => {
    dir = mkdtempSync(join(tmpdir(), 'publish-'));
    const built = join(dir, 'built');
    const target = join(dir, 'site');
    mkdirSync(join(built, 'news', 'a'), { recursive: true });
    writeFileSync(join(built, 'news', 'a', 'index.html'), 'new');
    mkdirSync(join(target, 'old'), { recursive: true });
    writeFileSync(join(target, 'old', 'index.html'), 'stale');
    await publishOutput(built, target, join(dir, 'project'));
    expect(readFileSync(join(target, 'news', 'a', 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(target, 'old'))).toBe(false);
    expect(existsSync(built)).toBe(false);
  });

  it.each([
    ['the root of a disk', '/'],
    ['the project', '/srv/project'],
    ['a folder holding the project', '/srv'],
  ])('refuses %s as a destination', async (_label, target) => {
    dir = mkdtempSync(join(tmpdir(), 'publish-'));
    await expect(publishOutput(join(dir, 'built'), target, '/srv/project')).rejects.toThrow(/would replace the project or a whole disk/);
  });
});
