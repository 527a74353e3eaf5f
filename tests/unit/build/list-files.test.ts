import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles } from '#src/build/list-files.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('listFiles', () => {
  it('lists every file at any depth, relative with forward slashes, and no folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'list-'));
    for (const path of ['index.html', 'news/a/index.html', 'news/a/card.png', 'search/pagefind/fragment/x.pf_fragment']) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), path);
    }
    mkdirSync(join(dir, 'empty'));
    expect(listFiles(dir).sort()).toEqual(['index.html', 'news/a/card.png', 'news/a/index.html', 'search/pagefind/fragment/x.pf_fragment']);
  });

  it('does not enter the folders it is told to skip', () => {
    dir = mkdtempSync(join(tmpdir(), 'list-'));
    for (const path of ['index.html', 'search/index.html', 'search/pagefind/pagefind.js']) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), path);
    }
    expect(listFiles(dir, (folder) => folder === 'search/pagefind/').sort()).toEqual(['index.html', 'search/index.html']);
  });

  it('gives nothing for a folder that does not exist', () => {
    dir = mkdtempSync(join(tmpdir(), 'list-'));
    expect(listFiles(join(dir, 'missing'))).toEqual([]);
  });
});
