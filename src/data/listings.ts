import { getTerms, type Article } from './articles';
import { listingPaths } from '../lib/articles/listing-paths';
import { SITE } from '../site.config';

/** `getStaticPaths` entries for every page of every term of `kind`, with the term's name. */
export async function termListingPaths(kind: 'category' | 'tag' | 'author') {
  return (await getTerms(kind)).flatMap((term) =>
    listingPaths({ slug: term.slug }, term.items, SITE.perPage).map((path) => ({
      params: path.params,
      props: { page: path.props.page, name: term.name },
    })),
  );
}

/** `getStaticPaths` entries for the paginated list of all articles. */
export function allListingPaths(articles: readonly Article[]) {
  return listingPaths({}, articles, SITE.perPage);
}
