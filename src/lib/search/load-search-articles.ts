/**
 * The articles search indexes, read from the content folder (I/O edge). It is the one place the
 * indexer gets its input from, so it can later take the build's single content pass instead.
 */
import { readArticleSources } from '../content/read-content-files';
import { validateArticle } from '../content/validate-article';
import { isPublished } from '../articles/published';
import type { SearchArticle } from './search-records';

/**
 * Articles of `contentDir` public at `now` (drafts, scheduled and invalid files left out: the
 * build's content check has already refused the latter).
 */
export async function loadSearchArticles(contentDir: string, now: Date): Promise<SearchArticle[]> {
  const sources = await readArticleSources(contentDir);
  return sources.flatMap((source) => {
    const { slug, data, body } = validateArticle(source);
    return data !== undefined && isPublished(data, now) ? [{ slug, data, body }] : [];
  });
}
