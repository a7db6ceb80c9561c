/**
 * Which articles get a generated share image, and what it shows. Pure: the build and the pages
 * decide from the same front-matter, so a page links an image exactly when the build makes it.
 */
import type { ArticleFrontmatter } from '../../schemas/article';
import { isPublished } from '../articles/published';
import { formatItalianDate } from '../dates/format-italian-date';
import { italianTypography } from '../text/italian-typography';
import type { ShareCardInput } from './share-card';

/** One image to make: the article's slug and what its card shows. */
export interface ShareImageJob {
  slug: string;
  input: ShareCardInput;
}

/** The site settings a share image shows. */
export interface ShareSite {
  name: string;
  timeZone: string;
}

/** What the share card of `data` shows. */
export function shareCardInput(data: ArticleFrontmatter, site: ShareSite): ShareCardInput {
  return {
    title: italianTypography(data.title),
    category: data.category,
    date: formatItalianDate(data.date, site.timeZone),
    site: site.name,
  };
}

/**
 * The share image of each article public at `now` that has no cover (a cover is its own share
 * image); drafts and scheduled articles get none, so no image gives away an unpublished title.
 */
export function shareImageJobs(
  articles: readonly { slug: string; data: ArticleFrontmatter }[],
  site: ShareSite,
  now: Date,
): ShareImageJob[] {
  return articles.flatMap(({ slug, data }) =>
    data.cover === undefined && isPublished(data, now)
      ? [{ slug, input: shareCardInput(data, site) }]
      : [],
  );
}
