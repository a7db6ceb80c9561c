import { paginate, type Page } from './paginate';

/** Static path entry for one page of a listing at `[...page]` (`undefined` → page 1). */
export interface ListingPath<P extends Record<string, string>, T> {
  params: P & { page: string | undefined };
  props: { page: Page<T> };
}

/**
 * `getStaticPaths` entries for a paginated listing under a `[...page]` rest parameter: page 1 at
 * the base (`page: undefined`), then `pagina/2`, `pagina/3`… so every listing shares one route file.
 */
export function listingPaths<P extends Record<string, string>, T>(
  params: P,
  items: readonly T[],
  perPage: number,
): ListingPath<P, T>[] {
  return paginate(items, perPage).map((page) => ({
    params: { ...params, page: page.number === 1 ? undefined : `pagina/${page.number}` },
    props: { page },
  }));
}
