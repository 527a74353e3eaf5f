/** What `npm run audit` was asked to do. */
export interface AuditOptions {
  /** Site paths to audit; empty means the home page and one article. */
  paths: string[];
  /** Lighthouse runs a page; the median of each category is reported. */
  runs: number;
  /** The lowest acceptable score in every category. */
  floor: number;
}

/**
 * Reads `[--runs N] [--floor N] [/path/ ...]`.
 * @throws on an unknown option, a value that is not a whole number in range, or a path not starting with "/".
 */
export function parseAuditArgs(args: readonly string[]): AuditOptions {
  const options: AuditOptions = { paths: [], runs: 1, floor: 95 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--runs' || arg === '--floor') {
      const value = Number(args[++i]);
      const [min, max] = arg === '--runs' ? [1, 9] : [0, 100];
      if (!Number.isInteger(value) || value < min || value > max) {
        throw new Error(`${arg} takes a whole number from ${min} to ${max}`);
      }
      if (arg === '--runs') options.runs = value;
      else options.floor = value;
    } else if (arg.startsWith('/')) {
      options.paths.push(arg);
    } else {
      throw new Error(`unknown argument "${arg}": expected --runs N, --floor N or a path such as /news/some-slug/`);
    }
  }
  return options;
}
