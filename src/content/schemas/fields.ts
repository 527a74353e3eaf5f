import { z } from 'astro/zod';
import { isValidDatelineText } from '../../newsroom/dates.ts';
import { findForbiddenCharacter } from '../characters.ts';

/** Lowercase letters and digits joined by single hyphens: the shape of slugs and author ids. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids of authors and slugs of articles: lowercase words joined by hyphens. */
export const idField = z
  .string()
  .regex(ID_PATTERN, 'must be lowercase letters, digits and hyphens (like "amina-rauf")');

/** Refuses text with a character no page or feed may carry (see ../characters.ts). */
function refuseForbiddenCharacters(value: string, context: z.RefinementCtx): void {
  const character = findForbiddenCharacter(value);
  if (character !== undefined) {
    context.addIssue({
      code: 'custom',
      message: `contains the invisible control character ${character}, which no page or feed may carry: delete it (it often comes with text copied from another program)`,
    });
  }
}

/** Any text that reaches a page or feed. */
export const plainTextField = z.string().superRefine(refuseForbiddenCharacters);

/** Required text that may not be blank. */
export const textField = plainTextField.trim().min(1, 'must not be blank');

/** A topic name: text that also becomes a page title, a feed title and a URL. */
export const topicNameField = textField.refine(
  (value) => !/[<>]/.test(value),
  'a topic name may not contain "<" or ">" (write the topic as plain words)',
);

/** `YYYY-MM-DD` (a calendar day in the site's time zone) or an ISO date-time with an offset. */
export const dateField = z
  .string({ error: 'must be a date like 2025-04-15 or 2025-04-15T09:30:00+05:00' })
  .refine(isValidDatelineText, 'must be a date like 2025-04-15 or 2025-04-15T09:30:00+05:00');

/** A BCP 47 language tag such as `en`, `en-GB` or `ur`. */
export const languageField = z.string().refine(isLanguageTag, 'must be a BCP 47 language tag like "en" or "ur"');

/** An absolute http(s) URL. */
export const webUrlField = z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' }).superRefine(refuseForbiddenCharacters);

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
