import type { Routes } from '../config/urls.ts';
import { compareText } from '../build/order.ts';

/** A permanent redirect from one site path to another, both under the base path. */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * The redirects of renamed articles: each old slug (`aliases` in the frontmatter) of a
 * published article to the article's URL, sorted by old path so builds are reproducible.
 */
export function aliasRedirects(articles: readonly { slug: string; aliases: readonly string[] }[], routes: Routes): Redirect[] {
  return articles
    .flatMap((article) => article.aliases.map((alias) => ({ from: routes.article(alias), to: routes.article(article.slug) })))
    .sort((a, b) => compareText(a.from, b.from));
}

/** The text of `_redirects`: one `from to 301` line per redirect. */
export function renderRedirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects.map(({ from, to }) => `${from} ${to} 301`);
  return `# Written by the build: renamed articles (frontmatter "aliases").\n${lines.map((line) => `${line}\n`).join('')}`;
}

/** nginx exact-match locations answering each old path with a 301 to the new one, query kept. */
export function renderNginxRedirects(redirects: readonly Redirect[]): string[] {
  return redirects.map(({ from, to }) => `location = ${nginxString(from)} { return 301 ${nginxString(to)}$is_args$args; }`);
}

/**
 * A path as an nginx string. Slugs are lowercase words and digits, and a base path words,
 * dots and hyphens, so this only guards against a path that would break the config.
 */
export function nginxString(path: string): string {
  if (!/^\/[\w./%-]*$/.test(path)) throw new Error(`not a plain site path: ${JSON.stringify(path)}`);
  return path;
}
