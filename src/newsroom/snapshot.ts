/**
 * The freshness rule for what every page shows around its own content (the masthead's topics,
 * Trending Now, Latest News, the date in the top bar): the newsroom as it stood at the start of
 * the current hour. A publish within the hour then changes only the pages that show the new
 * article itself (its page, home, list heads, feeds, sitemaps, the Related News that take it
 * in), and the first build of each hour brings every page's frame up to date. It depends only
 * on the content and "now", so an incremental build and a cold one agree.
 */
import { createHash } from 'node:crypto';

const HOUR_MS = 3_600_000;

/** The start of the hour `now` falls in: the instant the frame shows the newsroom as of. */
export function frameCutoff(now: Date): Date {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
}

/**
 * The articles published before `cutoff`, from a list sorted newest first: a date-only
 * dateline counts from the start of its day, so such an article enters the frame at once.
 */
export function publishedBefore<T extends { published: Date }>(newestFirst: readonly T[], cutoff: Date): T[] {
  const first = newestFirst.findIndex((article) => article.published.getTime() < cutoff.getTime());
  return first === -1 ? [] : newestFirst.slice(first);
}

const digests = new WeakMap<object, string>();

/**
 * A digest of everything a value holds, for a page's cache key: two values with the same digest
 * render the same. Objects are digested once (articles appear on many pages).
 */
export function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(value)).digest('base64url');
    digests.set(value, digest);
  }
  return digest;
}

/**
 * A page's cache key: a digest of the parts it renders, given as values (digested as JSON) or
 * objects already digested with `digestOf`. Astro skips a page whose key and code are unchanged.
 */
export function pageKey(...parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part) ?? 'undefined').update('\n');
  return hash.digest('base64url');
}
