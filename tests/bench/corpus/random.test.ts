import { describe, expect, it } from 'vitest';
import { createRandom, seedFor } from '../../../bench/corpus/random';

const draws = (seed: number, count = 20) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('createRandom', () => {
  it('gives the same stream for the same seed', () => {
    expect(draws(42)).toEqual(draws(42));
  });

  it('gives different streams for different seeds', () => {
    expect(draws(42)).not.toEqual(draws(43));
  });

  it('keeps next() in [0, 1)', () => {
    expect(draws(7, 10_000).every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('keeps int(min, max) within both bounds and reaches each of them', () => {
    const random = createRandom(1);
    const values = new Set(Array.from({ length: 2_000 }, () => random.int(3, 6)));
    expect([...values].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct elements, no more than the list holds', () => {
    const random = createRandom(5);
    const sample = random.sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });

  it('favours the start of the list in pickSkewed', () => {
    const random = createRandom(9);
    const items = Array.from({ length: 100 }, (_, i) => i);
    const picks = Array.from({ length: 10_000 }, () => random.pickSkewed(items));
    const firstTenth = picks.filter((value) => value < 10).length / picks.length;
    expect(firstTenth).toBeGreaterThan(0.25);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});

describe('seedFor', () => {
  it('is stable across calls and sensitive to every part', () => {
    expect(seedFor(42, 'article', 7)).toBe(seedFor(42, 'article', 7));
    expect(seedFor(42, 'article', 7)).not.toBe(seedFor(42, 'article', 8));
    expect(seedFor(42, 'article', 7)).not.toBe(seedFor(42, 'comments', 7));
  });

  it('does not confuse the boundary between parts', () => {
    expect(seedFor('ab', 'c')).not.toBe(seedFor('a', 'bc'));
  });
});
