/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based. */
  number: number;
  total: number;
  items: T[];
}

/**
 * Splits a list into pages of `size`. An empty list still has one (empty) page, so a topic or
 * author with no published articles gets a page that says so rather than a 404.
 */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const total = pageCount(items.length, size);
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** How many pages `count` items fill at `size` a page; at least one, as `paginate` gives. */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}
