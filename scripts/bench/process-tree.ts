import { readdirSync, readFileSync } from 'node:fs';

/**
 * The parent pid in the text of `/proc/<pid>/stat`. The command name (field 2) is in
 * parentheses and may itself contain spaces and parentheses, so fields are counted from the
 * last `)`. Returns undefined for text that is not a stat line.
 */
export function parseParentPid(statText: string): number | undefined {
  const close = statText.lastIndexOf(')');
  if (close < 0) return undefined;
  // After ")": state, ppid, ...
  const ppid = Number(
    statText
      .slice(close + 1)
      .trim()
      .split(/\s+/)[1],
  );
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** Resident set size in bytes from the text of `/proc/<pid>/status`; undefined when absent (zombies, kernel threads). */
export function parseVmRssBytes(statusText: string): number | undefined {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(statusText);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** `root` and every process below it, given each process's parent. Order: breadth first. */
export function processTree(root: number, parentOf: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentOf) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const tree = [root];
  const seen = new Set(tree);
  for (let i = 0; i < tree.length; i++) {
    for (const child of children.get(tree[i] as number) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      tree.push(child);
    }
  }
  return tree;
}

/** True where `/proc` can be read, so the process tree can be measured (Linux). */
export function canReadProc(): boolean {
  return readText(`/proc/${process.pid}/status`) !== undefined;
}

/** The live processes in `root`'s tree, read from `/proc` now. */
export function listProcessTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [root];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readText(`/proc/${entry}/stat`);
    const ppid = stat === undefined ? undefined : parseParentPid(stat);
    if (ppid !== undefined) parentOf.set(Number(entry), ppid);
  }
  return processTree(root, parentOf);
}

/** Sum of the resident set sizes of `root` and all its descendants, in bytes. */
export function treeRssBytes(root: number): number {
  let total = 0;
  for (const pid of listProcessTree(root)) {
    const status = readText(`/proc/${pid}/status`);
    total += (status === undefined ? undefined : parseVmRssBytes(status)) ?? 0;
  }
  return total;
}

/** A running sampler of a process tree's memory. */
export interface PeakSampler {
  /** Stops sampling (after one last sample) and returns the highest sum seen, in bytes; undefined without `/proc`. */
  stop(): number | undefined;
}

/**
 * Samples the summed RSS of `root`'s process tree every `intervalMs` and keeps the maximum.
 * Reads are synchronous and short (one small file per process), so ticks never overlap.
 */
export function startPeakSampler(root: number, intervalMs = 100): PeakSampler {
  if (!canReadProc()) return { stop: () => undefined };
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssBytes(root));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
