import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScreenshotPage } from './plan.ts';

/** Right-to-left stories mark their `<article class="story">` with `dir="rtl"`. */
const RTL_STORY = /<article class="story"[^>]*\sdir="rtl"/;

/**
 * One page of each kind from a site built at the root of `distDir`: home, an article with a
 * lead image, a right-to-left article, an author, a topic (one with a numbered page when there
 * is one), the archive and the not-found page. Kinds the site has no page for are left out.
 * Reads article pages in name order only until it has found both kinds of article.
 */
export function findMainPages(distDir: string): ScreenshotPage[] {
  const pages: ScreenshotPage[] = [{ name: 'home', path: '/' }];
  let article: string | undefined;
  let withImage: string | undefined;
  let urdu: string | undefined;
  for (const slug of subfolders(join(distDir, 'news')).filter((name) => name !== 'page')) {
    if (withImage !== undefined && urdu !== undefined) break;
    const html = readFileSync(join(distDir, 'news', slug, 'index.html'), 'utf8');
    if (RTL_STORY.test(html)) urdu ??= slug;
    else if (html.includes('class="story__image"')) withImage ??= slug;
    else article ??= slug;
  }
  const ltr = withImage ?? article;
  if (ltr !== undefined) pages.push({ name: 'article', path: `/news/${ltr}/` });
  if (urdu !== undefined) pages.push({ name: 'article-urdu', path: `/news/${urdu}/` });
  const author = subfolders(join(distDir, 'author'))[0];
  if (author !== undefined) pages.push({ name: 'author', path: `/author/${author}/` });
  const topics = subfolders(join(distDir, 'tag'));
  const topic = topics.find((name) => existsSync(join(distDir, 'tag', name, '1'))) ?? topics[0];
  if (topic !== undefined) pages.push({ name: 'topic', path: `/tag/${topic}/` });
  pages.push({ name: 'archive', path: '/news/' });
  // Any unknown address: the host answers with the site's 404 page.
  pages.push({ name: '404', path: '/no-such-page/' });
  return pages;
}

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
