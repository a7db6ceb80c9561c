/**
 * What the articles loader adds to an article's front-matter in the collection (pure): listings
 * and the search page read it from there, without the body.
 */
import type { CheckedArticle } from '../lib/content/check-content';
import { bodyLengthOf } from '../lib/search/search-shards';
import type { ArticleAdditions } from '../schemas/article';

/**
 * The fields of {@link ArticleAdditions} for `article`, whose rendered body is `bodyKey` and
 * whose render found `bodyExcerpt`: kept only where no description stands in for it.
 */
export function articleAdditions(
  article: Pick<CheckedArticle, 'data' | 'body'>,
  bodyKey: string,
  bodyExcerpt: string,
): ArticleAdditions {
  const excerpt = article.data?.description === undefined ? bodyExcerpt : undefined;
  return {
    bodyKey,
    // The same measure the indexer bounds the shards by, so the page places them as it does.
    bodyLength: bodyLengthOf(article.body),
    ...(excerpt === undefined ? {} : { excerpt }),
  };
}
