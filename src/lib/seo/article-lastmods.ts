import { articlePath } from '../articles/paths';
import { formatIsoWithOffset } from '../dates/rome-time';

/** What an article's `lastmod` depends on. */
export interface DatedArticle {
  slug: string;
  data?: { date: Date; updated?: Date | undefined } | undefined;
}

/**
 * The sitemap's `lastmod` of every article page, by path: its modification time, else its
 * publication time, written as the page's `article:modified_time` / `published_time` tags write
 * it. Listings change with every new article and get none.
 */
export function articleLastmods(
  articles: readonly DatedArticle[],
  timeZone: string,
): Map<string, string> {
  const lastmods = new Map<string, string>();
  for (const { slug, data } of articles)
    if (data)
      lastmods.set(articlePath(slug), formatIsoWithOffset(data.updated ?? data.date, timeZone));
  return lastmods;
}
