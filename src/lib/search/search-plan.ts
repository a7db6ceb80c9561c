/**
 * The articles the search index holds, taken from the build's content pass (pure): each with
 * what decides its shard, and a digest of its file, so the index can be planned and its cached
 * shards reused without building a single record.
 */
import { createHash } from 'node:crypto';
import { SITE } from '../../site.config';
import type { CheckedArticle } from '../content/check-content';
import { articlePath } from '../articles/paths';
import { isPublished } from '../articles/published';
import { zonedParts } from '../dates/rome-time';
import type { SearchArticle } from './search-records';
import { bodyLengthOf, type ShardItem } from './search-shards';

/** ISO 639-1 language of the index (stemming, word splitting), from `SITE.locale`. */
export const SEARCH_LANGUAGE = new Intl.Locale(SITE.locale).language;

/**
 * A published article, ready to be planned into a shard; its record also needs the excerpt of
 * its rendered body.
 */
export interface IndexableArticle extends Omit<SearchArticle, 'excerpt'>, ShardItem {}

/**
 * The articles of `articles` public at `now`: drafts, scheduled and invalid files stay out (the
 * build's content check has already refused the latter).
 */
export function indexableArticles(
  articles: readonly Pick<CheckedArticle, 'slug' | 'data' | 'body' | 'source'>[],
  now: Date,
  timeZone: string,
): IndexableArticle[] {
  return articles.flatMap(({ slug, data, body, source }) => {
    if (data === undefined || !isPublished(data, now)) return [];
    const { year, month } = zonedParts(data.date, timeZone);
    return [
      {
        slug,
        data,
        body,
        url: articlePath(slug),
        year,
        month,
        bodyLength: bodyLengthOf(body),
        digest: createHash('sha256').update(source).digest('hex'),
      },
    ];
  });
}
