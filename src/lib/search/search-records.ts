/**
 * Pagefind records built from the content instead of the built HTML (pure: no I/O). The values a
 * result shows (title, URL, date, summary) are computed by the same functions the article page
 * uses, so a result always says what its page says.
 *
 * @see https://pagefind.app/docs/node-api/#indexaddcustomrecord
 */
import type { ArticleFrontmatter } from '../../schemas/article';
import { articlePath } from '../articles/paths';
import { formatItalianDate } from '../dates/format-italian-date';
import { zonedParts } from '../dates/rome-time';
import { italianTypography } from '../text/italian-typography';
import { recordForms } from './italian-forms';
import { CLOSED, markdownPlainText } from './markdown-text';
import { SEARCH_META } from './result-view';

/** A published article as the checker validated it. */
export interface SearchArticle {
  slug: string;
  data: ArticleFrontmatter;
  /** The Markdown body, without front-matter. */
  body: string;
  /** The body's excerpt, as the Markdown pipeline found it (`src/plugins/remark-excerpt.ts`). */
  excerpt: string;
}

/** One record for `index.addCustomRecord()`. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Where the article is dated and in which language its words are stemmed. */
export interface RecordContext {
  timeZone: string;
  /** ISO 639-1 code, e.g. `it`. */
  language: string;
}

/** Calendar year of publication in the newsroom's zone: the `anno` filter and the shard. */
export const publicationYear = (date: Date, timeZone: string): number =>
  zonedParts(date, timeZone).year;

/** The article page's title as shown in its `<h1>`. */
export const articleTitle = (data: ArticleFrontmatter): string => italianTypography(data.title);

/** The summary the page and its cards show: the author's description, or the first paragraph. */
export const articleSummary = (article: SearchArticle): string =>
  article.data.description === undefined
    ? article.excerpt
    : italianTypography(article.data.description);

/**
 * The record of one article. Its content is the text the page's `<article>` shows: title, the
 * author's lead, then the body; tags, byline and comments stay out as they did from the HTML.
 *
 * The sort key is the UTC ISO instant: Pagefind sorts non-numeric keys as strings, and only UTC
 * timestamps (all the same length and offset) sort as strings in time order.
 */
export function searchRecord(article: SearchArticle, context: RecordContext): SearchRecord {
  const { data } = article;
  const title = articleTitle(data);
  const lead = data.description === undefined ? [] : [italianTypography(data.description)];
  const year = publicationYear(data.date, context.timeZone);
  const closed = (text: string) => (CLOSED.test(text) ? text : `${text}.`);
  const content = [closed(title), ...lead.map(closed), markdownPlainText(article.body)]
    .filter((part) => part !== '')
    .join(' ');
  const forms = context.language === 'it' ? recordForms(content) : [];
  return {
    url: articlePath(article.slug),
    content,
    language: context.language,
    meta: {
      [SEARCH_META.title]: title,
      [SEARCH_META.date]: formatItalianDate(data.date, context.timeZone),
      [SEARCH_META.summary]: articleSummary(article),
      ...(data.category === undefined ? {} : { [SEARCH_META.category]: data.category }),
      ...(forms.length === 0 ? {} : { [SEARCH_META.forms]: forms.join(' ') }),
    },
    filters: {
      ...(data.category === undefined ? {} : { categoria: [data.category] }),
      tag: data.tags,
      autore: [data.author],
      anno: [String(year)],
    },
    sort: { date: data.date.toISOString() },
  };
}
