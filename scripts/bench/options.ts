import { parseArgs } from 'node:util';

/** The benchmark's command-line options. */
export interface BenchOptions {
  articles: number;
  seed: number;
  /** Also time `npm run check` on the corpus. */
  check: boolean;
  /** Keep the temporary folder and print its path. */
  keep: boolean;
  help: boolean;
}

export const USAGE = 'Usage: npm run bench -- --articles N [--seed S] [--check] [--keep]';

/**
 * Reads the command line (`--articles` required, `--seed` default 1).
 * @throws Error naming the problem for unknown flags or values that are not whole numbers.
 */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      articles: { type: 'string' },
      seed: { type: 'string', default: '1' },
      check: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const base = { seed: 1, check: values.check, keep: values.keep, help: values.help };
  if (values.help) return { ...base, articles: 0 };
  const articles = wholeNumber(values.articles);
  const seed = wholeNumber(values.seed);
  if (articles === undefined || articles < 1) throw new Error('--articles must be a positive whole number');
  if (seed === undefined) throw new Error('--seed must be a whole number');
  return { ...base, articles, seed };
}

function wholeNumber(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : undefined;
}
