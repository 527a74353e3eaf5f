import type { FrozenPage } from '../newsroom/list-pages.ts';

/**
 * Where a page of a list stands, for its pagination bar: the head (`number` undefined) or a
 * numbered page, with its neighbours. Numbered pages never change once written, so they show
 * no total and no "last page"; the head, always current, links every numbered page.
 */
export interface ListPosition {
  number: number | undefined;
  /** The page of older articles. */
  older: number | undefined;
  /** The page of newer articles, `'head'` for the list's head. */
  newer: number | 'head' | undefined;
  /** The numbered pages the head links, newest first (empty elsewhere). */
  jump: number[];
}

/** The head of a list with `pages` numbered pages behind it. */
export function headPosition(pages: number): ListPosition {
  return {
    number: undefined,
    older: pages > 0 ? pages : undefined,
    newer: undefined,
    jump: Array.from({ length: pages }, (_, index) => pages - index),
  };
}

/** A numbered page of a list. */
export function frozenPosition(page: FrozenPage<unknown>): ListPosition {
  return { number: page.number, older: page.older, newer: page.newer, jump: [] };
}
