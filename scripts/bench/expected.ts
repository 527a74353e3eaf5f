import { slug as githubSlug } from 'github-slugger';

/** What the expected site is computed from: the generator's summary of each article. */
export interface ExpectedInput {
  articles: readonly { slug: string; author: string; tags: readonly string[]; draft: boolean }[];
  authors: readonly { id: string }[];
  pageSizes: { archive: number; author: number; tag: number; feed: number };
}

/** A paginated list: its first page's folder and how many pages it has. */
export interface ExpectedListing {
  /** Output folder of page 1, e.g. `author/amina-rauf`; page n > 1 is `<folder>/<n>`. */
  folder: string;
  pages: number;
}

/** The pages a correct build writes for a corpus. */
export interface ExpectedSite {
  published: string[];
  drafts: string[];
  authors: ExpectedListing[];
  topics: ExpectedListing[];
  /** Pages of `/news/`; page n > 1 is `news/page/<n>/`. */
  archivePages: number;
  /** Items the site feeds hold: the latest `feed` articles. */
  feedItems: number;
}

/**
 * The site a build must write for `input`, by the documented rules: drafts are published
 * nowhere; every author has a listing (one empty page when they have nothing published); a
 * topic has a listing when a published article carries it, slugged with github-slugger;
 * listings and the archive page by the site's page sizes. The corpus has no scheduled articles.
 */
export function expectSite(input: ExpectedInput): ExpectedSite {
  const published = input.articles.filter((article) => !article.draft);
  const byAuthor = new Map<string, number>();
  const byTopic = new Map<string, number>();
  for (const article of published) {
    byAuthor.set(article.author, (byAuthor.get(article.author) ?? 0) + 1);
    for (const topic of new Set(article.tags.map((name) => githubSlug(name)))) {
      byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
    }
  }
  return {
    published: published.map((article) => article.slug),
    drafts: input.articles.filter((article) => article.draft).map((article) => article.slug),
    authors: input.authors.map(({ id }) => ({
      folder: `author/${id}`,
      pages: pageCount(byAuthor.get(id) ?? 0, input.pageSizes.author),
    })),
    topics: [...byTopic].map(([slug, count]) => ({
      folder: `tag/${slug}`,
      pages: pageCount(count, input.pageSizes.tag),
    })),
    archivePages: pageCount(published.length, input.pageSizes.archive),
    feedItems: Math.min(published.length, input.pageSizes.feed),
  };
}

/** Pages of a list of `items` at `size` per page; an empty list has one page. */
export function pageCount(items: number, size: number): number {
  return Math.max(1, Math.ceil(items / size));
}

/** Output paths (`…/index.html`) of every page of a listing. */
export function listingPages(listing: ExpectedListing): string[] {
  return Array.from({ length: listing.pages }, (_, index) =>
    index === 0 ? `${listing.folder}/index.html` : `${listing.folder}/${index + 1}/index.html`,
  );
}
