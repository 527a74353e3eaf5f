/**
 * The environment a build, a check or a tool runs in: the only module that reads
 * `process.env`. Each setting is read when asked, so a test or tool that sets a variable before
 * it starts a step sees it. Empty values count as set, as the shell passes them.
 */
export const env = {
  /** `SITE_URL`: the canonical origin, for deployments. */
  get siteUrl(): string | undefined {
    return process.env['SITE_URL'];
  },
  /** `BASE_PATH`: the path the site is served under. */
  get basePath(): string | undefined {
    return process.env['BASE_PATH'];
  },
  /** `CONTENT_DIR`: the folder with `articles/`, `authors/` and `data/`. */
  get contentDir(): string | undefined {
    return process.env['CONTENT_DIR'];
  },
  /** `OUT_DIR`: where the site is written. */
  get outDir(): string {
    return process.env['OUT_DIR'] ?? 'dist';
  },
  /** `ASTRO_CACHE_DIR`: Astro's cache and the project's (HTML, cards, search bundles, manifest). */
  get cacheDir(): string {
    return process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro';
  },
  /** `SOURCE_DATE_EPOCH`: the build's "now" in seconds, for reproducible builds. */
  get sourceDateEpoch(): string | undefined {
    return process.env['SOURCE_DATE_EPOCH'];
  },
  /** `MARKDOWN_PROCESSOR`: `unified` to render with remark and rehype instead of Sätteri. */
  get markdownProcessor(): string | undefined {
    return process.env['MARKDOWN_PROCESSOR'];
  },
  /** `SEARCH_PAGES_PER_BUNDLE`: articles per search bundle (tests split small sites). */
  get searchPagesPerBundle(): number | undefined {
    const value = process.env['SEARCH_PAGES_PER_BUNDLE'];
    return value === undefined ? undefined : Number(value);
  },
  /** True under GitHub Actions, where problems are also printed as workflow annotations. */
  get githubActions(): boolean {
    return process.env['GITHUB_ACTIONS'] === 'true';
  },
  /** `EDITOR_REPOSITORY` (or GitHub Actions' `GITHUB_REPOSITORY`): `owner/name` the browser editor commits to. */
  get editorRepository(): string | undefined {
    return process.env['EDITOR_REPOSITORY'] ?? process.env['GITHUB_REPOSITORY'];
  },
  /** `EDITOR_BRANCH`: the branch the browser editor's pull requests target. */
  get editorBranch(): string {
    return process.env['EDITOR_BRANCH'] ?? 'main';
  },
  /** `EDITOR_AUTH_URL`: origin of the OAuth proxy the browser editor signs in to GitHub through. */
  get editorAuthUrl(): string | undefined {
    return process.env['EDITOR_AUTH_URL'];
  },
  /** `EDITOR_LOCAL_BACKEND_PORT`: port of `decap-server` for the editor on this machine (8081). */
  get editorLocalBackendPort(): number {
    return Number(process.env['EDITOR_LOCAL_BACKEND_PORT'] ?? 8081);
  },
};
