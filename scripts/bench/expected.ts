import { topicSlug } from '../../src/newsroom/topics.ts';
import { frozenPageCount } from '../../src/newsroom/list-pages.ts';

/** What the expected site is computed from: the generator's summary of each article. */
export interface ExpectedInput {
  articles: readonly { slug: string; author: string; tags: readonly string[]; draft: boolean }[];
  authors: readonly { id: string }[];
  pageSizes: { archive: number; author: number; tag: number; feed: number };
}

/** A list: its head's folder and how many full pages, numbered from the oldest, it has. */
export interface ExpectedListing {
  /** Output folder of the head, e.g. `author/amina-rauf`; numbered page n is `<folder>/<n>`. */
  folder: string;
  pages: number;
}

/** The pages a correct build writes for a corpus. */
export interface ExpectedSite {
  published: string[];
  drafts: string[];
  authors: ExpectedListing[];
  topics: ExpectedListing[];
  /** Numbered pages of the archive besides its head `/news/`: page n is `news/page/<n>/`. */
  archivePages: number;
  /** Items the site feeds hold: the latest `feed` articles. */
  feedItems: number;
}

/**
 * The site a build must write for `input`, by the documented rules: drafts are published
 * nowhere; every author has a listing (one empty page when they have nothing published); a
 * topic has a listing when a published article carries it, slugged as the site slugs topics;
 * listings and the archive page by the site's page sizes. The corpus has no scheduled articles.
 */
export function expectSite(input: ExpectedInput): ExpectedSite {
  const published = input.articles.filter((article) => !article.draft);
  const byAuthor = new Map<string, number>();
  const byTopic = new Map<string, number>();
  for (const article of published) {
    byAuthor.set(article.author, (byAuthor.get(article.author) ?? 0) + 1);
    for (const topic of new Set(article.tags.map(topicSlug))) {
      byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
    }
  }
  return {
    published: published.map((article) => article.slug),
    drafts: input.articles.filter((article) => article.draft).map((article) => article.slug),
    authors: input.authors.map(({ id }) => ({
      folder: `author/${id}`,
      pages: frozenPageCount(byAuthor.get(id) ?? 0, input.pageSizes.author),
    })),
    topics: [...byTopic].map(([slug, count]) => ({
      folder: `tag/${slug}`,
      pages: frozenPageCount(count, input.pageSizes.tag),
    })),
    archivePages: frozenPageCount(published.length, input.pageSizes.archive),
    feedItems: Math.min(published.length, input.pageSizes.feed),
  };
}

/** Output paths (`…/index.html`) of every page of a listing: its head, then pages 1 to n. */
export function listingPages(listing: ExpectedListing): string[] {
  return [
    `${listing.folder}/index.html`,
    ...Array.from({ length: listing.pages }, (_, index) => `${listing.folder}/${index + 1}/index.html`),
  ];
}
