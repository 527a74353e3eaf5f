import { describe, expect, it } from 'vitest';
import { dropEmptyOptional, isEmptyValue, optionalFieldNames, singleAuthor, withDatelineDefault } from '#src/admin/new-article.ts';
import { isAdminPath } from '#src/admin/route.ts';

const config = {
  backend: { name: 'github' },
  collections: [
    {
      name: 'articles',
      fields: [
        { name: 'title', required: true },
        { name: 'dateline', required: true },
        { name: 'summary', required: false },
        { name: 'tags', required: false, default: [] },
      ],
    },
  ],
};

describe('withDatelineDefault', () => {
  it.each([
    // 20:30 UTC is already the next day in Karachi (UTC+5).
    ['2025-12-31T20:30:00Z', '2026-01-01'],
    ['2025-12-31T18:59:59Z', '2025-12-31'],
    ['2026-06-15T00:00:00Z', '2026-06-15'],
  ])('starts a new article written at %s with the dateline %s', (instant, day) => {
    const patched = withDatelineDefault(config, new Date(instant), 'Asia/Karachi');
    expect(patched.collections[0]!.fields.find((field) => field.name === 'dateline')).toEqual({ name: 'dateline', required: true, default: day });
  });

  it('changes nothing else', () => {
    const patched = withDatelineDefault(config, new Date('2026-06-15T00:00:00Z'), 'Asia/Karachi');
    expect(patched.backend).toBe(config.backend);
    expect(patched.collections[0]!.fields.filter((field) => field.name !== 'dateline')).toEqual(
      config.collections[0]!.fields.filter((field) => field.name !== 'dateline'),
    );
  });
});

describe('dropping empty optional fields', () => {
  it.each([
    [undefined, true],
    [null, true],
    ['', true],
    ['  ', true],
    [[], true],
    ['text', false],
    [0, false],
    [false, false],
    [['Trade'], false],
  ])('counts %j as empty: %s', (value, empty) => {
    expect(isEmptyValue(value)).toBe(empty);
  });

  it('drops cleared optional fields and keeps required ones, even empty, for the check to name', () => {
    const optional = optionalFieldNames(config.collections[0]!.fields);
    expect([...optional]).toEqual(['summary', 'tags']);
    expect(dropEmptyOptional({ title: '', dateline: '2026-01-01', summary: '', tags: [], draft: false }, optional)).toEqual({
      title: '',
      dateline: '2026-01-01',
      draft: false,
    });
  });
});

describe('isAdminPath', () => {
  it.each([
    ['https://news.example/admin/', '/', true],
    ['/admin/config.json', '/', true],
    ['https://owner.github.io/news-site/admin/', '/news-site/', true],
    ['https://news.example/news/admin-reform/', '/', false],
    ['https://news.example/administration/', '/', false],
    ['https://owner.github.io/admin/', '/news-site/', false],
  ])('%s under %s: %s', (url, base, expected) => {
    expect(isAdminPath(url, base)).toBe(expected);
  });
});

describe('singleAuthor', () => {
  it.each<[unknown, string | undefined]>([
    [['amina-rauf'], 'amina-rauf'],
    [['amina-rauf', 'daniel-okafor'], undefined],
    ['amina-rauf', undefined],
    [[], undefined],
    [undefined, undefined],
  ])('gives %j the plain id %j', (value, expected) => {
    expect(singleAuthor(value)).toBe(expected);
  });
});
