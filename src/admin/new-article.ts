/**
 * What the editor does to an article beyond the form: today's dateline for a new article, in the
 * site's time zone as `npm run new` gives it, and no empty optional fields in the saved file.
 * Pure, and small enough for the browser bundle (no schema import).
 */
import { toCalendarDate } from '../newsroom/dates.ts';

/** A form field as far as these helpers read it. */
interface FieldLike {
  name: string;
  required?: unknown;
  default?: unknown;
  [option: string]: unknown;
}

interface ConfigLike {
  collections: readonly { name: string; fields: readonly FieldLike[] }[];
  [option: string]: unknown;
}

/**
 * The config with `today` (in `timeZone`) as the dateline a new article starts with. The
 * browser applies it when the editor opens, as "today" is the day the writer writes, not the
 * day the site was built; Decap's own default would be the day in the browser's zone.
 */
export function withDatelineDefault<Config extends ConfigLike>(config: Config, now: Date, timeZone: string): Config {
  const today = toCalendarDate(now, timeZone);
  return {
    ...config,
    collections: config.collections.map((collection) => ({
      ...collection,
      fields: collection.fields.map((field) => (field.name === 'dateline' ? { ...field, default: today } : field)),
    })),
  };
}

/** True for what the form leaves behind when a writer clears a field: nothing, "" or []. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * The names of a collection's optional fields that may be dropped when empty: a cleared
 * summary saved as `summary: ""` would fail the check ("must not be blank"), while an absent
 * one falls back to the first paragraph.
 */
export function optionalFieldNames(fields: readonly FieldLike[]): Set<string> {
  return new Set(fields.filter((field) => field.required === false).map((field) => field.name));
}

/** The frontmatter without its empty optional fields, keys in their order. */
export function dropEmptyOptional(data: Record<string, unknown>, optional: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => !(optional.has(key) && isEmptyValue(value))));
}

/**
 * The author as the file should hold it: the form's multiple choice always gives a list, but a
 * story by one author keeps the plain id (`author: amina-rauf`), so saving an article written by
 * one person changes nothing but what the writer edited. Undefined when nothing is to change.
 */
export function singleAuthor(value: unknown): string | undefined {
  return Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' ? value[0] : undefined;
}
