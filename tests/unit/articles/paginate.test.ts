import { describe, expect, it } from 'vitest';
import { paginate } from '@/lib/articles/paginate';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('paginate', () => {
  it('gives an empty list one empty page, so a listing always has its first page', () => {
    expect(paginate([], 12)).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  // prettier-ignore
  it.each<[number, number, number[]]>([
    [1,  12, [1]],
    [11, 12, [11]],
    [12, 12, [12]],
    [13, 12, [12, 1]],
    [24, 12, [12, 12]],
    [25, 12, [12, 12, 1]],
    [3,  1,  [1, 1, 1]],
  ])('splits %i items, %i per page, into pages of %j', (count, perPage, sizes) => {
    expect(paginate(range(count), perPage).map((page) => page.items.length)).toEqual(sizes);
  });

  it('numbers pages from 1, gives each the total, and keeps the items in order', () => {
    const pages = paginate(range(7), 3);
    expect(pages.map(({ number, total }) => [number, total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(pages.flatMap((page) => page.items)).toEqual(range(7));
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects %d items per page', (perPage) => {
    expect(() => paginate(range(3), perPage)).toThrow(new RangeError(`perPage: ${perPage}`));
  });
});
