/** The minimum an article needs to be ordered. */
export interface Dated {
  id: string;
  date: Date;
}

/**
 * Newest first; articles published at the same instant fall back to the slug so the order, and
 * therefore the built HTML, never depends on file-system order.
 */
export function byNewest(a: Dated, b: Dated): number {
  return b.date.getTime() - a.date.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
