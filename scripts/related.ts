/**
 * `npm run related -- <slug>`: the Related News list of one article, with each result's score
 * broken down by signal, computed exactly as the build does, so an editor can see why.
 */
import { checkContentFolder } from '../src/content/check.ts';
import { buildNow } from '../src/config/now.ts';
import { computeRelated, formatRelatedExplanation, relatedArticleOf } from '../src/related/index.ts';
import { suggestClosest } from '../src/content/suggest.ts';
import { site } from '../src/config/site.ts';

const slug = process.argv[2];
if (!slug) {
  console.error('usage: npm run related -- <article-slug>');
  process.exit(1);
}
const { check } = await checkContentFolder(buildNow());
const { published } = check;
if (!published.some((article) => article.slug === slug)) {
  const hint = suggestClosest(slug, published.map((article) => article.slug));
  console.error(`no published article "${slug}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
  process.exit(1);
}
const related = computeRelated(published.map((dated) => relatedArticleOf(dated)), site.related);
console.info(formatRelatedExplanation({ slug }, related.get(slug) ?? []).join('\n'));
