import { describe, expect, it } from 'vitest';
import { frozenPosition, headPosition } from '#src/ui/page-links.ts';
import { listPages } from '#src/newsroom/list-pages.ts';

describe('list positions', () => {
  it('links the head to its newest numbered page and lists every page, newest first', () => {
    expect(headPosition(3)).toEqual({ number: undefined, older: 3, newer: undefined, jump: [3, 2, 1] });
  });

  it('gives a head without numbered pages no neighbours', () => {
    expect(headPosition(0)).toEqual({ number: undefined, older: undefined, newer: undefined, jump: [] });
  });

  it('gives numbered pages their neighbours and no total', () => {
    const { frozen } = listPages(Array.from({ length: 30 }, (_, index) => index), 10);
    expect(frozen.map(frozenPosition)).toEqual([
      { number: 1, older: undefined, newer: 2, jump: [] },
      { number: 2, older: 1, newer: 3, jump: [] },
      { number: 3, older: 2, newer: 'head', jump: [] },
    ]);
  });
});
