/**
 * A worker thread of the search step (`index-step.ts`): indexes the search bundles it is sent,
 * one at a time, with a Pagefind service of its own. Pagefind's service is one process per
 * module instance and answers one message after another, so a cold build's bundles are indexed
 * in lanes, one worker each, to use every core; each bundle is indexed alone into its own
 * folder, so which lane takes it does not change a byte. Answers each job with
 * `{ done: outputPath }` or `{ failed: message }`.
 */
import type { ChildProcess } from 'node:child_process';
import { subscribe } from 'node:diagnostics_channel';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { rootRoutes } from '../config/routes.ts';
import { outputFile } from '../config/urls.ts';
import { searchDocument } from './search.ts';

/** A bundle to index: its pages, in order, read from `outDir`; the index is written to `outputPath`. */
export interface IndexJob {
  outDir: string;
  dir: string;
  slugs: readonly string[];
  outputPath: string;
}

export type IndexAnswer = { done: string } | { failed: string };

/** Pages sent to Pagefind ahead of its answers. */
const PAGES_IN_FLIGHT = 32;

/**
 * Indexes a bundle's pages into `outputPath` in the bundle's order: the order pages reach
 * Pagefind decides its page numbers and so its file names. Pagefind's service answers its
 * messages one at a time in the order they arrive, and each page is sent as it is asked for, so
 * a window of pages can be sent ahead of their answers without changing the order: the service
 * never waits for the next page to be read and encoded (docs/performance.md, "Publishing").
 */
async function indexBundle({ outDir, dir, slugs, outputPath }: IndexJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start an index for ${dir}: ${errors.join('; ')}`);
  try {
    const sent: Promise<void>[] = [];
    for (const slug of slugs) {
      const sourcePath = outputFile(rootRoutes.article(slug));
      const content = searchDocument(readFileSync(join(outDir, sourcePath), 'utf8'));
      const answered = index.addHTMLFile({ sourcePath, content }).then((added) => {
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
      });
      // Awaited below; until then a failure must not count as unhandled.
      answered.catch(() => undefined);
      sent.push(answered);
      // Answers are awaited a window behind, which bounds what waits in the pipe.
      if (sent.length >= PAGES_IN_FLIGHT) await sent[sent.length - PAGES_IN_FLIGHT];
    }
    await Promise.all(sent);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Settles when Pagefind's service process ends. Pagefind's Node API does not watch its process:
 * when the program stops on an error of its own (a full disk, a folder it cannot write), the
 * call waiting for its answer would wait forever, and the build with it. Node announces every
 * child process it starts on the `child_process` diagnostics channel; this thread starts only
 * Pagefind's.
 */
const serviceEnded = new Promise<never>((_, reject) => {
  subscribe('child_process', (message) => {
    const service = (message as { process: ChildProcess }).process;
    service.once('exit', (code, signal) => {
      reject(new Error(`Pagefind's program stopped (${signal ?? `exit code ${code}`}); its own message is printed above`));
    });
  });
});
// Only a job in progress is told; a service closed after the last job ends nothing.
serviceEnded.catch(() => undefined);

const port = parentPort;
if (port) {
  port.on('message', (job: IndexJob | 'close') => {
    if (job === 'close') {
      // Pagefind's service is a child process: the worker ends only once it is gone.
      void pagefind.close().then(() => port.close());
      return;
    }
    Promise.race([indexBundle(job), serviceEnded]).then(
      () => port.postMessage({ done: job.outputPath } satisfies IndexAnswer),
      (error: unknown) => port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies IndexAnswer),
    );
  });
}
