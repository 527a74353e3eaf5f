/**
 * `npm run check`: validates every article and author without building pages, with the same
 * checks as the build, and prints every problem in one run, one line each. Exits 1 on any
 * error; warnings do not fail. Honours CONTENT_DIR and SOURCE_DATE_EPOCH like the build.
 * Under GitHub Actions (GITHUB_ACTIONS=true) it also prints each problem as a workflow
 * annotation, which GitHub shows on the file's line in the pull request.
 */
import { performance } from 'node:perf_hooks';
import { checkContentFolder } from '../src/content/check.ts';
import { formatCheckReport } from '../src/content/check-newsroom.ts';
import { formatAnnotations } from '../src/content/annotations.ts';
import { env } from '../src/config/env.ts';
import { buildNow } from '../src/config/now.ts';

const started = performance.now();
const { check, articleFiles, authorFiles, facts } = await checkContentFolder(buildNow());
await facts.save();
console.info(formatCheckReport(check));
if (env.githubActions) for (const line of formatAnnotations(check)) console.info(line);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.info(
  `Checked ${articleFiles.length} articles and ${authorFiles.length} authors in ${seconds} s: ` +
    `${plural(check.errors.length, 'error')}, ${plural(check.warnings.length, 'warning')}.`,
);
process.exitCode = check.errors.length > 0 ? 1 : 0;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
