import { slug as githubSlug } from 'github-slugger';
import { compareText } from '../build/order.ts';

/** A topic (tag) as shown to readers. */
export interface Topic {
  /** Display name. */
  name: string;
  /** URL segment. */
  slug: string;
}

/** How `slugify` shapes a slug beyond github-slugger's rules. */
export interface SlugOptions {
  /** ASCII letters and digits only: accents dropped, other Latin letters spelled out, other scripts dropped. */
  ascii?: boolean;
  /** Cut at the last whole word that fits. */
  maxLength?: number;
}

/**
 * The project's one slug function: github-slugger's slug (lowercase, punctuation removed,
 * spaces to hyphens, letters of every script kept), with dashes of every kind joining words
 * like a hyphen (so "Pakistan–Afghanistan" and "Pakistan-Afghanistan" share one topic page) and
 * no doubled or edge hyphens. New article files ask for `ascii` and a `maxLength`.
 */
export function slugify(text: string, options: SlugOptions = {}): string {
  const source = options.ascii ? spellOutLatin(text) : text;
  let slug = githubSlug(source.trim().replace(/\p{Pd}+/gu, '-'));
  if (options.ascii) slug = slug.replace(/[^a-z0-9]+/g, '-');
  slug = slug.replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  return options.maxLength === undefined ? slug : cutAtWord(slug, options.maxLength);
}

/** URL slug of a topic name: lowercase, hyphenated, non-Latin letters kept ("Central Asia" → "central-asia"). */
export function topicSlug(name: string): string {
  return slugify(name);
}

// github-slugger keeps accented and other Latin letters as they are, and has no length limit:
// these two steps are ours.

// Latin letters that Unicode does not decompose into a base letter and a mark.
const LATIN_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

/** Latin text in ASCII letters: "Łódź & Straße" → "lodz and strasse"; other scripts pass through. */
function spellOutLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (letter) => LATIN_LETTERS[letter] ?? letter)
    .replace(/&/g, ' and ');
}

/** A slug of at most `maxLength` characters, cut back to the last hyphen when a word would be split. */
function cutAtWord(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  if (slug[maxLength] === '-') return slug.slice(0, maxLength);
  const cut = slug.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
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
