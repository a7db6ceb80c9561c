/**
 * Pagefind records built from the content instead of the built HTML (pure: no I/O). The values a
 * result shows (title, URL, date, summary) are computed by the same functions the article page
 * uses, so a result always says what its page says.
 *
 * @see https://pagefind.app/docs/node-api/#indexaddcustomrecord
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ArticleFrontmatter } from '../../schemas/article';
import { articlePath } from '../articles/paths';
import { excerptFromMarkdown } from '../articles/excerpt';
import { formatItalianDate } from '../dates/format-italian-date';
import { zonedParts } from '../dates/rome-time';
import { italianTypography } from '../text/italian-typography';
import { SEARCH_META } from './result-view';

/** A published article as the checker validated it. */
export interface SearchArticle {
  slug: string;
  data: ArticleFrontmatter;
  /** The Markdown body, without front-matter. */
  body: string;
}

/** One record for `index.addCustomRecord()`, plus the year that decides its shard. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  /** Calendar year of publication in the newsroom's zone. */
  year: number;
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Ends a heading or list item that has no closing punctuation, so excerpts never run it on. */
const CLOSED = /[.!?:;…]["'»”’)]*$/u;

/** Blocks whose text is read as its own sentence. */
const SENTENCE_BLOCKS = new Set(['heading', 'paragraph', 'tableCell', 'listItem', 'code']);

/**
 * Visible text of an mdast node: inline HTML, HTML blocks, image alt text and footnote markers
 * are left out, as they are on the page's text.
 */
function inlineText(node: Nodes | Root): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'break':
      return ' ';
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
    case 'definition':
      return '';
    default:
      return 'children' in node ? node.children.map(inlineText).join('') : '';
  }
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function blockSentences(node: Nodes | Root, out: string[]): void {
  if (SENTENCE_BLOCKS.has(node.type) && !(node.type === 'listItem' && hasBlocks(node))) {
    const text = collapse(inlineText(node));
    if (text !== '') out.push(CLOSED.test(text) ? text : `${text}.`);
    return;
  }
  if ('children' in node) for (const child of node.children) blockSentences(child, out);
}

const hasBlocks = (node: Nodes): boolean =>
  'children' in node && node.children.some((child) => child.type !== 'paragraph');

/**
 * The plain text of a Markdown body, one sentence per block: headings, list items and table
 * cells get a full stop when they have no punctuation of their own, so an excerpt shows
 * `Prezzi. Il modello base costa…` rather than running the heading into the sentence. Italian
 * typography is applied as on the page.
 */
export function markdownPlainText(markdown: string): string {
  const sentences: string[] = [];
  blockSentences(parser.parse(markdown), sentences);
  return italianTypography(sentences.join(' '));
}

/** Where the article is dated and in which language its words are stemmed. */
export interface RecordContext {
  timeZone: string;
  /** ISO 639-1 code, e.g. `it`. */
  language: string;
}

/** The article page's title as shown in its `<h1>`. */
export const articleTitle = (data: ArticleFrontmatter): string => italianTypography(data.title);

/** The summary the page and its cards show: the author's description, or the first paragraph. */
export const articleSummary = (article: SearchArticle): string =>
  article.data.description === undefined
    ? excerptFromMarkdown(article.body)
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
  const year = zonedParts(data.date, context.timeZone).year;
  const closed = (text: string) => (CLOSED.test(text) ? text : `${text}.`);
  return {
    url: articlePath(article.slug),
    content: [closed(title), ...lead.map(closed), markdownPlainText(article.body)]
      .filter((part) => part !== '')
      .join(' '),
    language: context.language,
    meta: {
      [SEARCH_META.title]: title,
      [SEARCH_META.date]: formatItalianDate(data.date, context.timeZone),
      [SEARCH_META.summary]: articleSummary(article),
      ...(data.category === undefined ? {} : { [SEARCH_META.category]: data.category }),
    },
    filters: {
      ...(data.category === undefined ? {} : { categoria: [data.category] }),
      tag: data.tags,
      autore: [data.author],
      anno: [String(year)],
    },
    sort: { date: data.date.toISOString() },
    year,
  };
}
