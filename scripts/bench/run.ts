import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { listProcessTree, startPeakSampler } from './process-tree.ts';

/** A command to run and measure. */
export interface RunOptions {
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Sample the summed RSS of the process tree every 100 ms. */
  sampleMemory?: boolean;
}

/** How a measured command ended. */
export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Wall time from spawn to exit. */
  seconds: number;
  /** stdout and stderr interleaved as they arrived, without colour codes. */
  output: string;
  /** Highest summed RSS of the process and its descendants; undefined when not sampled or without `/proc`. */
  peakRssBytes: number | undefined;
}

const running = new Map<ChildProcess, Promise<unknown>>();
let stopped = false;

/**
 * Runs a command in a process group of its own, so that it and everything it starts can be
 * stopped together by {@link stopRunning}, and measures its wall time and peak memory.
 */
export async function runMeasured(options: RunOptions): Promise<RunResult> {
  if (stopped) throw new Error('stopped: no new commands start after stopRunning()');
  const started = performance.now();
  const child = spawn(options.command, [...options.args], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = options.sampleMemory && child.pid !== undefined ? startPeakSampler(child.pid) : undefined;
  const chunks: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('error', (error) => {
      chunks.push(`${error.message}\n`);
      resolve({ code: null, signal: null });
    });
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  running.set(child, ended);
  const { code, signal } = await ended;
  const seconds = (performance.now() - started) / 1000;
  running.delete(child);
  return {
    exitCode: code,
    signal,
    seconds,
    // eslint-disable-next-line no-control-regex
    output: chunks.join('').replace(/\u001b\[[0-9;]*[A-Za-z]/g, ''),
    peakRssBytes: sampler?.stop(),
  };
}

/**
 * Stops every command started by {@link runMeasured} that is still running, with its whole
 * process tree: SIGTERM to its process group and to each descendant, then SIGKILL to whatever
 * is left after `graceMs`. Afterwards {@link runMeasured} refuses to start anything.
 */
export async function stopRunning(graceMs = 3000): Promise<void> {
  stopped = true;
  const signalAll = (signal: NodeJS.Signals) => {
    for (const child of running.keys()) {
      if (child.pid === undefined) continue;
      const tree = listProcessTree(child.pid);
      for (const target of [-child.pid, ...tree]) {
        try {
          process.kill(target, signal);
        } catch {
          // Already gone.
        }
      }
    }
  };
  if (running.size === 0) return;
  signalAll('SIGTERM');
  const allEnded = Promise.all(running.values());
  const timedOut = await Promise.race([
    allEnded.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), graceMs).unref()),
  ]);
  if (timedOut) signalAll('SIGKILL');
}
