import { describe, expect, it } from 'vitest';
import { articleFrontmatterSchema, TEMPERATURE_RANGE } from '#src/content/schemas/article.ts';

/** The least an article needs. */
const minimal = { title: 'Karachi Port Expands', dateline: '2025-04-15', city: 'Karachi', author: 'daniel-okafor' };

describe('articleFrontmatterSchema accepts', () => {
  it.each<[string, Record<string, unknown>]>([
    ['the required fields only', {}],
    ['a date-time dateline with an offset', { dateline: '2025-04-15T09:30:00+05:00' }],
    ['a UTC date-time dateline', { dateline: '2025-04-15T04:30:00Z' }],
    ['the coldest plausible temperature', { temperature: TEMPERATURE_RANGE.min }],
    ['the hottest plausible temperature', { temperature: TEMPERATURE_RANGE.max }],
    ['a decimal temperature', { temperature: 31.6 }],
    ['tags', { tags: ['Economy', 'کراچی'] }],
    ['an image with its text alternative', { image: './port.jpg', imageAlt: 'Cranes at dawn' }],
    ['an update date', { updated: '2025-04-16' }],
    ['a draft', { draft: true }],
    ['Urdu as the language', { lang: 'ur' }],
    ['a regional language tag', { lang: 'en-GB' }],
    ['a script and region tag', { lang: 'zh-Hant-TW' }],
    ['a summary', { summary: 'Capacity grows by a third.' }],
    ['one author in a list', { author: ['daniel-okafor'] }],
    ['co-authors', { author: ['daniel-okafor', 'amina-rauf', 'sana-iqbal'] }],
    ['a caption and a credit with the image', { image: './port.jpg', imageAlt: 'Cranes', imageCaption: 'Cranes at dawn.', imageCredit: 'Sana Iqbal/TDI' }],
    ['a credit alone with the image', { image: './port.jpg', imageAlt: 'Cranes', imageCredit: 'TDI' }],
    ['corrections', { corrections: [{ date: '2025-04-17', text: 'The capacity was a third, not a half.' }, { date: '2025-04-18T10:00:00+05:00', text: 'Name spelt right.' }] }],
  ])('%s', (_label, extra) => {
    expect(articleFrontmatterSchema.safeParse({ ...minimal, ...extra }).success).toBe(true);
  });
});

describe('articleFrontmatterSchema defaults', () => {
  it('gives an article no tags and draft false when they are left out', () => {
    const data = articleFrontmatterSchema.parse(minimal);
    expect(data.tags).toEqual([]);
    expect(data.draft).toBe(false);
  });

  it('trims text fields and leaves optional fields absent', () => {
    const data = articleFrontmatterSchema.parse({ ...minimal, title: '  Karachi Port Expands  ' });
    expect(data).toEqual({ ...minimal, tags: [], draft: false });
  });

  it('keeps the dateline the string the writer typed', () => {
    expect(articleFrontmatterSchema.parse(minimal).dateline).toBe('2025-04-15');
  });
});

describe('articleFrontmatterSchema rejects', () => {
  const { title: _title, ...withoutTitle } = minimal;
  const { dateline: _dateline, ...withoutDateline } = minimal;

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing title', withoutTitle, 'title'],
    ['a missing dateline', withoutDateline, 'dateline'],
    ['a blank title', { ...minimal, title: '   ' }, 'title'],
    ['a blank city', { ...minimal, city: '' }, 'city'],
    ['an impossible day', { ...minimal, dateline: '2025-02-30' }, 'dateline'],
    ['a date-time without an offset', { ...minimal, dateline: '2025-04-15T09:30:00' }, 'dateline'],
    ['a dateline as a Date object', { ...minimal, dateline: new Date('2025-04-15') }, 'dateline'],
    ['a day-first dateline', { ...minimal, dateline: '15/04/2025' }, 'dateline'],
    ['a temperature above 60 °C', { ...minimal, temperature: 60.1 }, 'temperature'],
    ['a temperature of 75 °C', { ...minimal, temperature: 75 }, 'temperature'],
    ['a temperature below -90 °C', { ...minimal, temperature: -90.1 }, 'temperature'],
    ['a temperature as a string', { ...minimal, temperature: '31.6' }, 'temperature'],
    ['an author name instead of an id', { ...minimal, author: 'Daniel Okafor' }, 'author'],
    ['an author id with an underscore', { ...minimal, author: 'daniel_okafor' }, 'author'],
    ['tags as a single string', { ...minimal, tags: 'Economy' }, 'tags'],
    ['a blank tag', { ...minimal, tags: ['Economy', ' '] }, 'tags.1'],
    ['an image without imageAlt', { ...minimal, image: './port.jpg' }, 'imageAlt'],
    ['a blank imageAlt', { ...minimal, image: './port.jpg', imageAlt: ' ' }, 'imageAlt'],
    ['draft as "yes"', { ...minimal, draft: 'yes' }, 'draft'],
    ['a language with an underscore', { ...minimal, lang: 'en_GB' }, 'lang'],
    ['an empty language', { ...minimal, lang: '' }, 'lang'],
    ['a one-letter language', { ...minimal, lang: 'e' }, 'lang'],
    ['a bad update date', { ...minimal, updated: 'yesterday' }, 'updated'],
  ])('%s', (_label, input, path) => {
    const result = articleFrontmatterSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  it.each(['tittle', 'slug', 'name', 'category'])('the unknown key "%s"', (key) => {
    const result = articleFrontmatterSchema.safeParse({ ...minimal, [key]: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: [key] })]);
  });
});

describe('articleFrontmatterSchema refuses', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['an empty author list', { author: [] }, 'author'],
    ['a co-author id that is not a slug', { author: ['daniel-okafor', 'Amina Rauf'] }, 'author.1'],
    ['the same author twice', { author: ['daniel-okafor', 'daniel-okafor'] }, 'author'],
    ['a credit without an image', { imageCredit: 'Sana Iqbal/TDI' }, 'imageCredit'],
    ['a caption without an image', { imageCaption: 'Cranes at dawn.' }, 'imageCaption'],
    ['a blank credit', { image: './port.jpg', imageAlt: 'Cranes', imageCredit: '  ' }, 'imageCredit'],
    ['a caption with a control character', { image: './port.jpg', imageAlt: 'Cranes', imageCaption: 'a\u0007b' }, 'imageCaption'],
    ['a correction on no real day', { corrections: [{ date: '2025-02-30', text: 'x' }] }, 'corrections.0.date'],
    ['a correction without a date', { corrections: [{ text: 'x' }] }, 'corrections.0.date'],
    ['a correction with a blank text', { corrections: [{ date: '2025-04-17', text: ' ' }] }, 'corrections.0.text'],
    ['a correction with an unknown field', { corrections: [{ date: '2025-04-17', text: 'x', by: 'desk' }] }, 'corrections.0'],
    ['corrections that are not a list', { corrections: 'Fixed a figure.' }, 'corrections'],
  ])('%s', (_label, extra, path) => {
    const result = articleFrontmatterSchema.safeParse({ ...minimal, ...extra });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
