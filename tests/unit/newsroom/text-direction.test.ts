import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textDirection } from '#src/newsroom/text-direction.ts';

describe('textDirection', () => {
  it.each([
    ['ur', 'rtl'],
    ['ur-PK', 'rtl'],
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['en', 'ltr'],
    ['en-GB', 'ltr'],
    ['tr', 'ltr'],
    ['zh-Hant-TW', 'ltr'],
  ])('gives %s the direction %s', (lang, direction) => {
    expect(textDirection(lang)).toBe(direction);
  });

  it.each(['', 'en_GB', 'not a tag!', '123'])('falls back to ltr for the invalid tag %j', (lang) => {
    expect(textDirection(lang)).toBe('ltr');
  });
});

describe('textDirection when the runtime lacks Intl.Locale#getTextInfo', () => {
  const proto = Intl.Locale.prototype as object;
  const saved = new Map<string, PropertyDescriptor>();

  beforeEach(() => {
    for (const key of ['getTextInfo', 'textInfo']) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key);
      if (descriptor) {
        saved.set(key, descriptor);
        Reflect.deleteProperty(proto, key);
      }
    }
  });
  afterEach(() => {
    for (const [key, descriptor] of saved) Object.defineProperty(proto, key, descriptor);
    saved.clear();
  });

  it('really runs without the text info API', () => {
    expect('getTextInfo' in new Intl.Locale('ur')).toBe(false);
    expect('textInfo' in new Intl.Locale('ur')).toBe(false);
  });

  it.each([
    ['ur', 'rtl'],
    ['ar-EG', 'rtl'],
    ['ps', 'rtl'],
    ['yi', 'rtl'],
    ['en-GB', 'ltr'],
    ['fr', 'ltr'],
    ['en_GB', 'ltr'],
  ])('still gives %s the direction %s from its language', (lang, direction) => {
    expect(textDirection(lang)).toBe(direction);
  });
});
