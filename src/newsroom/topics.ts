import { slug as githubSlug } from 'github-slugger';
import { compareText } from '../build/order.ts';

/** A topic (tag) as shown to readers. */
export interface Topic {
  /** Display name. */
  name: string;
  /** URL segment. */
  slug: string;
}

/** URL slug of a topic name: lowercase, hyphenated, non-Latin letters kept ("Central Asia" → "central-asia"). */
export function topicSlug(name: string): string {
  // Dashes of every kind join words, like a hyphen, so "Pakistan–Afghanistan" and
  // "Pakistan-Afghanistan" share one topic page.
  return githubSlug(name.trim().replace(/\p{Pd}+/gu, '-'))
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** A topic with its articles, newest first, and how many there are. */
export interface TopicGroup<T> extends Topic {
  articles: T[];
}

/**
 * Groups articles by topic in one pass. Names that differ only in case or punctuation share a
 * slug; the display name is the spelling used most (ties: the first in sort order).
 * Input order is kept inside each group, so pass articles newest first.
 * Topics come out busiest first, then by slug.
 */
export function groupByTopic<T extends { tags: readonly string[] }>(articles: readonly T[]): TopicGroup<T>[] {
  const groups = new Map<string, { articles: T[]; spellings: Map<string, number> }>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const name of article.tags) {
      const slug = topicSlug(name);
      if (slug === '' || seen.has(slug)) continue;
      seen.add(slug);
      let group = groups.get(slug);
      if (!group) {
        group = { articles: [], spellings: new Map() };
        groups.set(slug, group);
      }
      group.articles.push(article);
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
    }
  }
  return [...groups]
    .map(([slug, group]) => ({ slug, name: preferredSpelling(group.spellings), articles: group.articles }))
    .sort((a, b) => b.articles.length - a.articles.length || compareText(a.slug, b.slug));
}

function preferredSpelling(spellings: Map<string, number>): string {
  return [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}
