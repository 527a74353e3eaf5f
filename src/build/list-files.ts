import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `root`, as paths relative to it with `/`, in no particular order; none when
 * `root` does not exist. One blocking listing per folder: on the output folder of a large site
 * (tens of thousands of files, a folder per article) it is several times quicker than Node's
 * recursive `readdir`, which the build's last steps would otherwise wait on (docs/performance.md).
 * A folder for which `skipFolder` (given its relative path ending in `/`) is true is not entered.
 */
export function listFiles(root: string, skipFolder: (folder: string) => boolean = () => false): string[] {
  const files: string[] = [];
  const folders = [''];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries;
    try {
      entries = readdirSync(join(root, folder), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && folder === '') return [];
      throw error;
    }
    for (const entry of entries) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skipFolder(`${path}/`)) folders.push(path);
      }
      else if (entry.isFile()) files.push(path);
    }
  }
  return files;
}
