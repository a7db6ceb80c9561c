/**
 * One search result as the search page shows it, from the metadata each article's record stores
 * in the index (`search-records.ts`).
 */
import type { PagefindResultData } from './pagefind-api';

/** The metadata keys the article page writes and the search page reads. */
export const SEARCH_META = {
  title: 'title',
  /** Publication day as readers see it: `4 luglio 2018`. */
  date: 'date',
  category: 'category',
  /** The summary the article's page and cards show, for results matched by filters alone. */
  summary: 'summary',
  /**
   * The other number of the article's words where Pagefind's stems miss it
   * (`italian-forms.ts`): searched, never shown.
   */
  forms: 'forms',
} as const;

/** A result ready to render. Absent fields are left out of the markup. */
export interface SearchResultView {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped page text with the matched words in `<mark>`. */
  excerptHtml: string;
  date?: string;
  category?: string;
}

const present = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

const escapeAngles = (text: string): string => text.replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Maps a loaded Pagefind result to its view; a page with no title shows its URL. A result
 * found by filters alone has no highlighted words: it shows the article's summary instead of
 * the first words of its text (the title again).
 */
export function toResultView({ url, excerpt, meta }: PagefindResultData): SearchResultView {
  const date = present(meta[SEARCH_META.date]);
  const category = present(meta[SEARCH_META.category]);
  const summary = present(meta[SEARCH_META.summary]);
  return {
    url,
    title: present(meta[SEARCH_META.title]) ?? url,
    excerptHtml: !excerpt.includes('<mark>') && summary ? escapeAngles(summary) : excerpt,
    ...(date && { date }),
    ...(category && { category }),
  };
}

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const decodeAngles = (text: string): string => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');

/** Punctuation (and spaces) at either end of a highlighted word, which Pagefind marks with it. */
const EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/**
 * Splits a Pagefind excerpt into plain and highlighted runs, so the page renders it as text nodes
 * and `<mark>` elements and never parses page text as HTML. Pagefind escapes `<` and `>` in the
 * page text and nothing else, so those are the only entities to decode. It marks whole
 * whitespace-separated words (`batteria.`, `«litio»`): the punctuation around the letters is
 * moved out of the highlight, so only the word is marked.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.marked === marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  for (const [i, piece] of html.split(/<mark>(.*?)<\/mark>/s).entries()) {
    const text = decodeAngles(piece);
    // split() with a capture group alternates: text, marked, text, marked, …
    if (i % 2 === 0) {
      add(text, false);
      continue;
    }
    const [, before = '', word = '', after = ''] = EDGES.exec(text) ?? [];
    add(before, false);
    add(word, true);
    add(after, false);
  }
  return parts;
}
