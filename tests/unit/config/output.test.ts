import { describe, expect, it } from 'vitest';
import { outputFolders } from '#src/config/output.ts';

describe('outputFolders', () => {
  it.each(['dist', './dist', 'out/site', '.cache/test-builds/x/dist'])('builds %s in place: it is inside the project', (outDir) => {
    expect(outputFolders(outDir, '/srv/project')).toEqual({ buildDir: outDir, publishDir: undefined });
  });

  it.each(['/mnt/site', '../site', '/srv/project-other/dist', '/srv'])('builds %s inside the project and publishes it there', (outDir) => {
    const folders = outputFolders(outDir, '/srv/project');
    expect(folders.buildDir).toMatch(/^node_modules\/\.newsroom-output\/[0-9a-f]{16}$/);
    expect(folders.publishDir?.startsWith('/')).toBe(true);
  });

  it('gives each destination a build folder of its own', () => {
    expect(outputFolders('/mnt/a', '/srv/project').buildDir).not.toBe(outputFolders('/mnt/b', '/srv/project').buildDir);
    expect(outputFolders('/mnt/a', '/srv/project')).toEqual(outputFolders('/mnt/a/', '/srv/project'));
  });
});
