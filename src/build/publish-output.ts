import { cp, readdir, rm } from 'node:fs/promises';
import { join, parse, resolve } from 'node:path';

/**
 * Copies a finished site from the folder it was built in to `publishDir`, replacing what was
 * there, then removes the build folder. Copies rather than renames, so it works across file
 * systems; empties `publishDir` rather than removing it, as it may be a mount point.
 * @throws Error for a destination that is a file system's root or holds the project.
 */
export async function publishOutput(buildDir: string, publishDir: string, projectDir: string = process.cwd()): Promise<void> {
  const target = resolve(publishDir);
  if (target === parse(target).root || resolve(projectDir).startsWith(`${target}/`) || target === resolve(projectDir)) {
    throw new Error(`OUT_DIR=${publishDir} would replace the project or a whole disk: choose a folder of its own`);
  }
  const existing = await readdir(target).catch(() => [] as string[]);
  await Promise.all(existing.map((name) => rm(join(target, name), { recursive: true, force: true })));
  await cp(buildDir, target, { recursive: true, force: true });
  await rm(buildDir, { recursive: true, force: true });
}
