/** One page of a paginated listing. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Total number of pages (at least 1, so an empty listing still has its first page). */
  total: number;
  items: T[];
}

/** Splits `items` into pages of `perPage`; an empty list yields one empty page. */
export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage: ${perPage}`);
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * perPage, (i + 1) * perPage),
  }));
}
