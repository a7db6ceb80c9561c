/**
 * One search result as the search page shows it, from the metadata the article page stores in
 * the index: `data-pagefind-meta` on the `<h1>`, the category link and the cover image, and the
 * date from `article-search-attributes.ts`.
 */
import type { PagefindResultData } from './pagefind-api';

/** The metadata keys the article page writes and the search page reads. */
export const SEARCH_META = {
  title: 'title',
  /** Publication day as readers see it: `4 luglio 2018`. */
  date: 'date',
  category: 'category',
  /** The cover's `src` and `srcset`, so the thumbnail can load its smallest width. */
  image: 'image',
  imageSrcset: 'image_srcset',
} as const;

/** A result ready to render. Absent fields are left out of the markup. */
export interface SearchResultView {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped page text with the matched words in `<mark>`. */
  excerptHtml: string;
  date?: string;
  category?: string;
  image?: { src: string; srcset?: string };
}

const present = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

/** Maps a loaded Pagefind result to its view; a page with no title shows its URL. */
export function toResultView({ url, excerpt, meta }: PagefindResultData): SearchResultView {
  const date = present(meta[SEARCH_META.date]);
  const category = present(meta[SEARCH_META.category]);
  const src = present(meta[SEARCH_META.image]);
  const srcset = present(meta[SEARCH_META.imageSrcset]);
  return {
    url,
    title: present(meta[SEARCH_META.title]) ?? url,
    excerptHtml: excerpt,
    ...(date && { date }),
    ...(category && { category }),
    ...(src && { image: { src, ...(srcset && { srcset }) } }),
  };
}

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const decodeAngles = (text: string): string => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');

/**
 * Splits a Pagefind excerpt into plain and highlighted runs, so the page renders it as text nodes
 * and `<mark>` elements and never parses page text as HTML. Pagefind escapes `<` and `>` in the
 * page text and nothing else, so those are the only entities to decode.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const [i, piece] of html.split(/<mark>(.*?)<\/mark>/s).entries()) {
    // split() with a capture group alternates: text, marked, text, marked, …
    if (piece !== '') parts.push({ text: decodeAngles(piece), marked: i % 2 === 1 });
  }
  return parts;
}
