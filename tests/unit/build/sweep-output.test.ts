import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { markOutputStart, readOutputStart, readRouteFiles, recordRouteFiles, sweepOutput } from '#src/build/sweep-output.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, ageMs: number): string {
  const file = join(dir, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, path);
  const when = new Date(Date.now() - ageMs);
  utimesSync(file, when, when);
  return file;
}

describe('the output sweep', () => {
  it('deletes what the last build wrote and this one did not, and the folders left empty', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sweep-'));
    const started = Date.now() - 60_000;
    write('news/deleted-story/index.html', 3_600_000);
    write('tag/gone-topic/page/2/index.html', 3_600_000);
    write('news/kept-story/index.html', 1_000);
    const untouched = write('news/unchanged-story/index.html', 3_600_000);
    const card = write('news/unchanged-story/card.png', 3_600_000);
    const fragment = write('search/pagefind/fragment/en_1.pf_fragment', 3_600_000);
    const current = new Set(['news/unchanged-story/index.html']);
    const asked: string[] = [];
    const managed = (path: string) => {
      asked.push(path);
      return path.endsWith('/card.png') || path.startsWith('search/pagefind/');
    };
    expect(await sweepOutput(dir, started, current, managed)).toBe(2);
    expect(existsSync(fragment)).toBe(true);
    // A managed folder is not entered: nothing inside it is even asked about.
    expect(asked).toContain('search/pagefind/');
    expect(asked.filter((path) => path.startsWith('search/pagefind/fragment'))).toEqual([]);
    expect(existsSync(join(dir, 'news', 'deleted-story'))).toBe(false);
    expect(existsSync(join(dir, 'tag'))).toBe(false);
    expect(existsSync(join(dir, 'news'))).toBe(true);
    expect(existsSync(join(dir, 'news', 'kept-story', 'index.html'))).toBe(true);
    expect(existsSync(untouched)).toBe(true);
    expect(existsSync(card)).toBe(true);
  });

  it('records and reads the files of a build’s routes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sweep-'));
    expect(await readRouteFiles(dir)).toBeUndefined();
    await recordRouteFiles(dir, ['news/b/index.html', 'news/a/index.html']);
    expect(await readRouteFiles(dir)).toEqual(new Set(['news/a/index.html', 'news/b/index.html']));
  });

  it('records and reads when a build started', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sweep-'));
    expect(await readOutputStart(dir)).toBeUndefined();
    await markOutputStart(dir, 1_767_225_600_000);
    expect(await readOutputStart(dir)).toBe(1_767_225_600_000);
  });
});
