import { describe, expect, it } from 'vitest';
import { listingPaths } from '@/lib/articles/listing-paths';
import { pagePath, termPath } from '@/lib/articles/paths';

describe('listingPaths', () => {
  it('puts page 1 at the base and the next pages at pagina/<n>, keeping the params', () => {
    const paths = listingPaths({ slug: 'smartphone' }, ['a', 'b', 'c', 'd', 'e'], 2);
    expect(paths).toEqual([
      {
        params: { slug: 'smartphone', page: undefined },
        props: { page: { number: 1, total: 3, items: ['a', 'b'] } },
      },
      {
        params: { slug: 'smartphone', page: 'pagina/2' },
        props: { page: { number: 2, total: 3, items: ['c', 'd'] } },
      },
      {
        params: { slug: 'smartphone', page: 'pagina/3' },
        props: { page: { number: 3, total: 3, items: ['e'] } },
      },
    ]);
  });

  it('still builds the first page of an empty listing', () => {
    expect(listingPaths({}, [], 12)).toEqual([
      { params: { page: undefined }, props: { page: { number: 1, total: 1, items: [] } } },
    ]);
  });

  it('builds the same URLs as pagePath', () => {
    const base = termPath('category', 'smartphone');
    const urls = listingPaths(
      {},
      Array.from({ length: 30 }, (_, i) => i),
      12,
    ).map(
      ({ params, props }) =>
        [
          `${base}${params.page === undefined ? '' : `${params.page}/`}`,
          props.page.number,
        ] as const,
    );
    expect(urls.map(([url]) => url)).toEqual(urls.map(([, n]) => pagePath(base, n)));
  });
});
