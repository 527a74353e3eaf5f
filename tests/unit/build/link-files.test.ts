import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkFiles } from '#src/build/link-files.ts';

const links = vi.hoisted(() => ({ made: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    link: async (source: string, target: string) => {
      links.made.push(target);
      await original.link(source, target);
    },
  };
});

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('linkFiles', () => {
  it('links each source to its target, creating folders', async () => {
    dir = mkdtempSync(join(tmpdir(), 'link-'));
    const source = join(dir, 'cache', 'a.png');
    const target = join(dir, 'out', 'news', 'a', 'card.png');
    writeFileSync(join(dir, 'placeholder'), '');
    await linkFiles([[join(dir, 'placeholder'), join(dir, 'cache', 'a.png')]]);
    writeFileSync(source, 'card');
    await linkFiles([[source, target]]);
    expect(statSync(target).ino).toBe(statSync(source).ino);
  });

  it('replaces a target that is another file, and leaves one that is already the link', async () => {
    dir = mkdtempSync(join(tmpdir(), 'link-'));
    const source = join(dir, 'card.png');
    const stale = join(dir, 'stale.png');
    const kept = join(dir, 'kept.png');
    writeFileSync(source, 'new card');
    writeFileSync(stale, 'old card');
    await linkFiles([[source, kept]]);
    links.made.length = 0;
    await linkFiles([
      [source, stale],
      [source, kept],
    ]);
    expect(readFileSync(stale, 'utf8')).toBe('new card');
    expect(statSync(stale).ino).toBe(statSync(source).ino);
    expect(statSync(kept).ino).toBe(statSync(source).ino);
    expect(links.made).toEqual([stale]);
  });
});
