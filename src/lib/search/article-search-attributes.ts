/**
 * The Pagefind attributes of an article's `<article data-pagefind-body>` element: the values that
 * are computed rather than read from the page (the sort key, the date as readers see it, the
 * year filter). The elements that already show a value (category, author, tags, cover) are
 * tagged in place in the templates.
 *
 * @see https://pagefind.app/docs/metadata/#specifying-metadata-inline
 * @see https://pagefind.app/docs/sorts/
 */
import { formatItalianDate } from '../dates/format-italian-date';
import { zonedParts } from '../dates/rome-time';

/** `data-pagefind-*` attributes, ready to spread on the element. */
export interface ArticleSearchAttributes {
  'data-pagefind-sort': string;
  'data-pagefind-meta': string;
  'data-pagefind-filter': string;
}

/**
 * Attributes for an article published at `date`, dated on the calendar of `timeZone`.
 *
 * The sort key is the UTC ISO instant: Pagefind sorts non-numeric keys as strings, and only UTC
 * timestamps (all the same length and offset) sort as strings in time order.
 */
export function articleSearchAttributes(date: Date, timeZone: string): ArticleSearchAttributes {
  return {
    'data-pagefind-sort': `date:${date.toISOString()}`,
    'data-pagefind-meta': `date:${formatItalianDate(date, timeZone)}`,
    'data-pagefind-filter': `anno:${zonedParts(date, timeZone).year}`,
  };
}
