import { z } from 'astro/zod';
import { idField, textField, webUrlField } from './fields.ts';

/** `content/data/follow-us.json`: the "Follow us" counters, as of a date. */
export const followUsSchema = z.strictObject({
  asOf: z.iso.date({ error: 'must be a date like 2025-04-15' }),
  channels: z.array(
    z.strictObject({
      network: textField,
      url: webUrlField,
      count: z.number().int().min(0),
      /** "Fans", "Followers", "Subscribers". */
      label: textField,
    }),
  ),
});

export type FollowUs = z.output<typeof followUsSchema>;

/** `content/data/trending.json`: article slugs the desk pins to "Trending Now". */
export const trendingSchema = z.strictObject({ slugs: z.array(idField) });
