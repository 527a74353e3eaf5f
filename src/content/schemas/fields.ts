import { z } from 'astro/zod';
import { isValidDatelineText } from '../../newsroom/dates.ts';

/** Lowercase letters and digits joined by single hyphens: the shape of slugs and author ids. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids of authors and slugs of articles: lowercase words joined by hyphens. */
export const idField = z
  .string()
  .regex(ID_PATTERN, 'must be lowercase letters, digits and hyphens (like "amina-rauf")');

/** Required text that may not be blank. */
export const textField = z.string().trim().min(1, 'must not be blank');

/** `YYYY-MM-DD` (a calendar day in the site's time zone) or an ISO date-time with an offset. */
export const dateField = z
  .string({ error: 'must be a date like 2025-04-15 or 2025-04-15T09:30:00+05:00' })
  .refine(isValidDatelineText, 'must be a date like 2025-04-15 or 2025-04-15T09:30:00+05:00');

/** A BCP 47 language tag such as `en`, `en-GB` or `ur`. */
export const languageField = z.string().refine(isLanguageTag, 'must be a BCP 47 language tag like "en" or "ur"');

/** An absolute http(s) URL. */
export const webUrlField = z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' });

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
