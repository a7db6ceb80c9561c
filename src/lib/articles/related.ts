/** How many related articles a page shows. */
export const RELATED_COUNT = 4;

/** What relatedness looks at, read from an article by the caller's accessor. */
export interface RelatedKeys {
  category?: string | undefined;
  tags: readonly string[];
}

/** Points of a shared tag and of the same category: one more tag always outranks the category. */
const TAG_POINTS = 2;
const CATEGORY_POINTS = 1;

/**
 * Prepares related-article lookups over `all` (newest first): for an article, the ones sharing
 * most tags, then its category, then the closest in time, then the newer. Only articles that
 * share a tag or the category are scored; when those are fewer than `count`, the nearest
 * articles in time fill the list. Deterministic.
 *
 * A lookup still visits every article sharing a key, so it grows with the archive: the scores
 * live in one typed array reused by every lookup and only the best `count` are kept, so a visit
 * is an increment and a comparison, with no allocation and no sort.
 */
export function relatedFinder<T extends { date: Date }>(
  all: readonly T[],
  keysOf: (item: T) => RelatedKeys,
  count = RELATED_COUNT,
): (current: T) => T[] {
  const keys = all.map(keysOf);
  const times = Float64Array.from(all, (item) => item.date.getTime());
  const position = new Map(all.map((item, i) => [item, i]));
  const byTag = new Map<string, number[]>();
  const byCategory = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  keys.forEach(({ category, tags }, i) => {
    if (category !== undefined) push(byCategory, category, i);
    for (const tag of new Set(tags)) push(byTag, tag, i);
  });
  // Zero between lookups: each lookup clears what it scored.
  const points = new Int32Array(all.length);

  return (current) => {
    const self = position.get(current) ?? -1;
    const { category, tags } = keysOf(current);
    const time = current.date.getTime();
    const scored: number[] = [];
    const award = (list: readonly number[], amount: number) => {
      for (const i of list) {
        if (points[i] === 0) scored.push(i);
        points[i] = (points[i] as number) + amount;
      }
    };
    for (const tag of new Set(tags)) award(byTag.get(tag) ?? [], TAG_POINTS);
    if (category !== undefined) award(byCategory.get(category) ?? [], CATEGORY_POINTS);

    const distance = (i: number): number => Math.abs((times[i] as number) - time);
    const ranksBefore = (a: number, b: number): boolean =>
      ((points[b] as number) - (points[a] as number) || distance(a) - distance(b) || a - b) < 0;
    const best: number[] = [];
    for (const i of scored) {
      if (i === self) continue;
      if (best.length === count && !ranksBefore(i, best[count - 1] as number)) continue;
      let at = best.length;
      while (at > 0 && ranksBefore(i, best[at - 1] as number)) at--;
      best.splice(at, 0, i);
      if (best.length > count) best.pop();
    }
    // Too few articles share anything: fill with the nearest in time (list neighbours).
    for (let step = 1; best.length < count && step < all.length; step++) {
      for (const i of [self - step, self + step]) {
        if (i >= 0 && i < all.length && i !== self && points[i] === 0 && best.length < count)
          best.push(i);
      }
    }
    for (const i of scored) points[i] = 0;
    return best.map((i) => all[i] as T);
  };
}
