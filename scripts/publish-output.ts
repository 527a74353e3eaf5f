/**
 * The build's last step (`npm run build` runs it after the search step): when `OUT_DIR` lies
 * outside the project, copies the site built inside the project into it (see
 * src/config/output.ts); otherwise there is nothing to do.
 */
import { outputFolders } from '../src/config/output.ts';
import { publishOutput } from '../src/build/publish-output.ts';

const { buildDir, publishDir } = outputFolders();
if (publishDir !== undefined) {
  try {
    await publishOutput(buildDir, publishDir);
    console.log(`[output] copied the site to ${publishDir}`);
  } catch (error) {
    console.error(`[output] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
