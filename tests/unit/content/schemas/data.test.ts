import { describe, expect, it } from 'vitest';
import { followUsSchema, trendingSchema } from '#src/content/schemas/data.ts';

describe('followUsSchema', () => {
  const channel = { network: 'Facebook', url: 'https://www.facebook.com/dailyinsight', count: 12500, label: 'Fans' };

  it.each<[string, Record<string, unknown>]>([
    ['a list of channels', { asOf: '2025-04-15', channels: [channel, { ...channel, network: 'YouTube' }] }],
    ['no channels', { asOf: '2025-04-15', channels: [] }],
    ['a count of zero', { asOf: '2025-04-15', channels: [{ ...channel, count: 0 }] }],
  ])('accepts %s', (_label, input) => {
    expect(followUsSchema.safeParse(input).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an impossible day', { asOf: '2025-02-30', channels: [] }, 'asOf'],
    ['a day-first date', { asOf: '15/04/2025', channels: [] }, 'asOf'],
    ['a date-time', { asOf: '2025-04-15T00:00:00Z', channels: [] }, 'asOf'],
    ['a missing channel list', { asOf: '2025-04-15' }, 'channels'],
    ['a channel URL without a scheme', { asOf: '2025-04-15', channels: [{ ...channel, url: 'facebook.com/x' }] }, 'channels.0.url'],
    ['a negative count', { asOf: '2025-04-15', channels: [{ ...channel, count: -1 }] }, 'channels.0.count'],
    ['a fractional count', { asOf: '2025-04-15', channels: [{ ...channel, count: 1.5 }] }, 'channels.0.count'],
    ['a count as text', { asOf: '2025-04-15', channels: [{ ...channel, count: '12.5K' }] }, 'channels.0.count'],
    ['a blank label', { asOf: '2025-04-15', channels: [{ ...channel, label: '' }] }, 'channels.0.label'],
    ['an unknown channel field', { asOf: '2025-04-15', channels: [{ ...channel, icon: 'fb' }] }, 'channels.0'],
    ['an unknown top-level field', { asOf: '2025-04-15', channels: [], total: 3 }, ''],
  ])('rejects %s', (_label, input, path) => {
    const result = followUsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('trendingSchema', () => {
  it.each([[[]], [['karachi-port']], [['karachi-port', 'lahore-book-fair-2025']]])('accepts the slugs %j', (slugs) => {
    expect(trendingSchema.parse({ slugs })).toEqual({ slugs });
  });

  it.each<[string, unknown, string]>([
    ['an uppercase slug', { slugs: ['Karachi-Port'] }, 'slugs.0'],
    ['an underscore', { slugs: ['ok', 'karachi_port'] }, 'slugs.1'],
    ['an empty slug', { slugs: [''] }, 'slugs.0'],
    ['a missing list', {}, 'slugs'],
    ['a single string', { slugs: 'karachi-port' }, 'slugs'],
    ['an unknown field', { slugs: [], pinnedBy: 'desk' }, ''],
  ])('rejects %s', (_label, input, path) => {
    const result = trendingSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
