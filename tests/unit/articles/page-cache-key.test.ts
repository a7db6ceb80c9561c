import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../../src/lib/articles/page-cache-key';

describe('pageCacheKey', () => {
  it('is stable for the same parts', () => {
    expect(pageCacheKey(['layout', 'a1', undefined, 3])).toBe(
      pageCacheKey(['layout', 'a1', undefined, 3]),
    );
  });

  it.each([
    ['a different part', ['layout', 'a2']],
    ['the same parts in another order', ['a1', 'layout']],
    ['parts joined differently', ['layouta1']],
    ['a missing neighbour instead of an empty one', ['layout', 'a1', undefined]],
    ['an extra empty part', ['layout', 'a1', '']],
  ])('changes with %s', (_, parts) => {
    expect(pageCacheKey(parts)).not.toBe(pageCacheKey(['layout', 'a1']));
  });

  it('tells a number from the same digits as text', () => {
    expect(pageCacheKey([3])).not.toBe(pageCacheKey(['3']));
  });

  it('tells undefined from the text "undefined"', () => {
    expect(pageCacheKey([undefined])).not.toBe(pageCacheKey(['undefined']));
  });
});
