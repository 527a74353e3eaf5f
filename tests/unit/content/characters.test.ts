import { describe, expect, it } from 'vitest';
import { findForbiddenCharacter, findForbiddenCharacters, removeForbiddenCharacters } from '#src/content/characters.ts';

describe('characters no page or feed may carry', () => {
  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['backspace', '\b', 'U+0008'],
    ['vertical tab', '\u000B', 'U+000B'],
    ['form feed', '\f', 'U+000C'],
    ['escape', '\u001B', 'U+001B'],
    ['DEL', '\u007F', 'U+007F'],
    ['a C1 control', '\u0085', 'U+0085'],
    ['a noncharacter', '\uFFFF', 'U+FFFF'],
  ])('finds %s', (_label, character, name) => {
    expect(findForbiddenCharacter(`Port${character}expands`)).toBe(name);
    expect(removeForbiddenCharacters(`Port${character}expands`)).toBe('Portexpands');
  });

  it.each([
    ['tab, line feed and carriage return', 'a\tb\nc\r\nd'],
    ['Urdu and emoji', 'کراچی 🌧️'],
    ['typographic punctuation', '“quoted” — ’tis…'],
  ])('leaves %s alone', (_label, text) => {
    expect(findForbiddenCharacter(text)).toBeUndefined();
    expect(removeForbiddenCharacters(text)).toBe(text);
  });

  it('names a lone surrogate and replaces it', () => {
    expect(findForbiddenCharacter('a\uD83Db')).toMatch(/lone surrogate/);
    expect(removeForbiddenCharacters('a\uD83Db')).toBe('a\uFFFDb');
  });

  it('lists each character with its line', () => {
    expect(findForbiddenCharacters('one\ntwo\u0001\nthree\u0008\u000B')).toEqual([
      { character: 'U+0001', line: 2 },
      { character: 'U+0008', line: 3 },
      { character: 'U+000B', line: 3 },
    ]);
  });
});
