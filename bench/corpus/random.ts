/**
 * A small seeded pseudo-random generator for the benchmark corpus: the same seed gives the same
 * corpus on every machine and Node version, which `Math.random` cannot promise.
 */

/** A deterministic stream of random choices. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element of a non-empty list, earlier ones more often (rank-frequency like real words). */
  pickSkewed<T>(items: readonly T[]): T;
  /** `count` distinct elements of `items` (all of them when `count` is larger), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * 32-bit FNV-1a over the parts, so each article and each of its parts gets its own independent
 * stream: article 7 is the same whether the corpus has 10 or 10,000 articles.
 */
export function seedFor(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A generator seeded with a 32-bit integer (mulberry32: tiny, fast and well distributed enough
 * for synthetic text).
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const at = <T>(items: readonly T[], index: number): T => {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
    return items[Math.min(index, items.length - 1)] as T;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => at(items, Math.floor(next() * items.length)),
    // Squaring a uniform draw favours low indexes: the first tenth of the list gets about a
    // third of the picks.
    pickSkewed: (items) => at(items, Math.floor(next() ** 2 * items.length)),
    sample: (items, count) => {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [pool[i], pool[j]] = [pool[j] as (typeof pool)[number], pool[i] as (typeof pool)[number]];
      }
      return pool.slice(0, Math.max(0, count));
    },
  };
}
