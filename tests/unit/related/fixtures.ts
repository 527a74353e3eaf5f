import { DEFAULT_RELATED_SETTINGS, type RelatedSettings } from '#src/related/settings.ts';
import type { RelatedArticle } from '#src/related/types.ts';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 0, 1);

/** An article published `day` days after T0, with nothing else unless given. */
export function article(slug: string, day: number, fields: Partial<RelatedArticle> = {}): RelatedArticle {
  return { slug, tags: [], author: '', city: '', published: T0 + day * DAY, text: '', ...fields };
}

/** The default settings with some overridden, weights merged one by one. */
export function settings(
  overrides: Partial<Omit<RelatedSettings, 'weights'>> & { weights?: Partial<RelatedSettings['weights']> } = {},
): RelatedSettings {
  return {
    ...DEFAULT_RELATED_SETTINGS,
    ...overrides,
    weights: { ...DEFAULT_RELATED_SETTINGS.weights, ...overrides.weights },
  };
}
