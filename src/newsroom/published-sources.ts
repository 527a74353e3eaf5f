import type { ArticleFrontmatter } from '../content/schemas/article.ts';
import { parseDateline, toIsoWithOffset } from './dates.ts';
import { applyPublishPolicy, type HeldBack } from './publish.ts';
import type { ValidSource } from '../content/validate.ts';

/** A validated article file with its publication instant, as the publish policy sees it. */
export interface DatedSource {
  slug: string;
  file: string;
  draft: boolean;
  published: Date;
  source: ValidSource<ArticleFrontmatter>;
}

/**
 * Validated article files split by the publish policy, before Astro is involved: for the
 * content check, the sitemap's dates and `npm run related`. Dates are read in `timeZone` and
 * held-back reasons are written in it.
 */
export function splitPublishedSources(
  articles: readonly ValidSource<ArticleFrontmatter>[],
  now: Date,
  timeZone: string,
): { all: DatedSource[]; published: DatedSource[]; heldBack: HeldBack[] } {
  const all = articles.map((source) => ({
    slug: source.id,
    file: source.file,
    draft: source.data.draft,
    published: parseDateline(source.data.dateline, timeZone).instant,
    source,
  }));
  const { published, heldBack } = applyPublishPolicy(all, now, (date) => toIsoWithOffset(date, timeZone));
  return { all, published, heldBack };
}
