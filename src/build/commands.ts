/**
 * The steps of `npm run build`, in order: Astro writes the pages, then the search step indexes
 * them in a process of its own, then a site built for an `OUT_DIR` outside the project is
 * copied there. The benchmark and the build tests run these same steps (with
 * the Node that runs them); a unit test keeps them equal to the `build` script of package.json.
 */
export interface BuildStep {
  name: string;
  /** Options for Node itself, before the script. */
  nodeArgs: readonly string[];
  /** Script run with Node, relative to the project root. */
  script: string;
  args: readonly string[];
  /** How the step reads in package.json. */
  npmCommand: string;
}

/**
 * Astro holds the whole newsroom in one process (its content store, every page's path and key):
 * a large archive comes close to Node's default heap limit (docs/performance.md, "Publishing").
 * The heap grows only as far as the build needs.
 */
const ASTRO_HEAP_MB = 12288;

export const BUILD_STEPS: readonly BuildStep[] = [
  {
    name: 'astro build',
    nodeArgs: [`--max-old-space-size=${ASTRO_HEAP_MB}`],
    script: 'node_modules/astro/bin/astro.mjs',
    args: ['build'],
    npmCommand: `node --max-old-space-size=${ASTRO_HEAP_MB} node_modules/astro/bin/astro.mjs build`,
  },
  { name: 'search index', nodeArgs: [], script: 'scripts/index-search.ts', args: [], npmCommand: 'node scripts/index-search.ts' },
  { name: 'publish output', nodeArgs: [], script: 'scripts/publish-output.ts', args: [], npmCommand: 'node scripts/publish-output.ts' },
];

/** The `build` script that runs every step, stopping at the first that fails. */
export function npmBuildScript(steps: readonly BuildStep[] = BUILD_STEPS): string {
  return steps.map((step) => step.npmCommand).join(' && ');
}
