import { getLayoutKey, getTerms, type Article } from './articles';
import { listingPaths } from '../lib/articles/listing-paths';
import { pageCacheKey } from '../lib/articles/page-cache-key';
import type { Page } from '../lib/articles/paginate';
import type { TaxonomyKind } from '../lib/articles/taxonomy';
import { SITE } from '../site.config';

/** The incremental-build key of one listing page: its heading, position and cards. */
function listingCacheKey(layoutKey: string, heading: string, page: Page<Article>): string {
  return pageCacheKey([
    layoutKey,
    heading,
    page.number,
    page.total,
    ...page.items.map((article) => article.digest),
  ]);
}

/** `getStaticPaths` entries for every page of every term of `kind`, with the term's name. */
export async function termListingPaths(kind: TaxonomyKind) {
  const layoutKey = await getLayoutKey();
  return (await getTerms(kind)).flatMap((term) =>
    listingPaths({ slug: term.slug }, term.items, SITE.perPage).map((path) => ({
      params: path.params,
      props: { page: path.props.page, name: term.name },
      cacheKey: listingCacheKey(layoutKey, term.name, path.props.page),
    })),
  );
}

/** `getStaticPaths` entries for the paginated list of all articles. */
export async function allListingPaths(articles: readonly Article[]) {
  const layoutKey = await getLayoutKey();
  return listingPaths({}, articles, SITE.perPage).map((path) => ({
    ...path,
    cacheKey: listingCacheKey(layoutKey, '', path.props.page),
  }));
}
