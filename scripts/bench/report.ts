import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';

/** A Markdown table with columns padded to line up in a terminal. */
export function formatMarkdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(3, header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${widths.map((width, column) => (cells[column] ?? '').padEnd(width)).join(' | ')} |`;
  return [line(headers), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** `digits` decimals, or "n/a" for a missing value. */
export function formatNumber(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits);
}

export const KB = 1024;
export const MB = 1024 * 1024;

/** The last `count` non-empty lines of a text. */
export function lastLines(text: string, count: number): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(-count);
}

/** The CPU model named in the text of `/proc/cpuinfo`. */
export function parseCpuModel(cpuinfo: string): string | undefined {
  return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim();
}

/** One line describing this machine: CPU model, cores, memory and the Node running the build. */
export function describeMachine(): string {
  let cpuinfo = '';
  try {
    cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    // Not Linux: the model stays unknown.
  }
  const memory = (totalmem() / 1024 ** 3).toFixed(1);
  return `${parseCpuModel(cpuinfo) ?? 'unknown CPU'}, ${availableParallelism()} cores, ${memory} GiB RAM, Node ${process.version}`;
}
