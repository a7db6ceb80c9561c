/** How many related articles a page shows. */
export const RELATED_COUNT = 4;

/** What relatedness looks at, read from an article by the caller's accessor. */
export interface RelatedKeys {
  category?: string | undefined;
  tags: readonly string[];
}

interface Scored<T> {
  item: T;
  shared: number;
  sameCategory: number;
  distance: number;
  index: number;
}

const better = <T>(a: Scored<T>, b: Scored<T>): number =>
  b.shared - a.shared || b.sameCategory - a.sameCategory || a.distance - b.distance || a.index - b.index;

/**
 * Prepares related-article lookups over `all` (newest first): for an article, the ones sharing
 * most tags, then its category, then the closest in time. Only articles that share a tag or the
 * category are scored, so an archive of 10,000 articles is not compared pairwise; when those are
 * fewer than `count`, the nearest articles in time fill the list. Deterministic.
 */
export function relatedFinder<T extends { date: Date }>(
  all: readonly T[],
  keysOf: (item: T) => RelatedKeys,
  count = RELATED_COUNT,
): (current: T) => T[] {
  const keys = all.map(keysOf);
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

  return (current) => {
    const self = position.get(current) ?? -1;
    const { category, tags } = keysOf(current);
    const shared = new Map<number, number>();
    for (const tag of new Set(tags)) {
      for (const i of byTag.get(tag) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    const candidates = new Set([...shared.keys(), ...(category ? (byCategory.get(category) ?? []) : [])]);
    candidates.delete(self);
    const time = current.date.getTime();
    const score = (i: number): Scored<T> => ({
      item: all[i] as T,
      shared: shared.get(i) ?? 0,
      sameCategory: category !== undefined && keys[i]?.category === category ? 1 : 0,
      distance: Math.abs((all[i] as T).date.getTime() - time),
      index: i,
    });
    const best = [...candidates].map(score).sort(better).slice(0, count);
    // Too few articles share anything: fill with the nearest in time (list neighbours).
    for (let step = 1; best.length < count && step < all.length; step++) {
      for (const i of [self - step, self + step]) {
        if (i >= 0 && i < all.length && i !== self && !candidates.has(i) && best.length < count) {
          best.push(score(i));
        }
      }
    }
    return best.map((s) => s.item);
  };
}
