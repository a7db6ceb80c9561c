/**
 * Types of the part of Pagefind's browser API (`/pagefind/pagefind.js`, written by the build)
 * that the search page uses. Pagefind ships types for its Node API only.
 *
 * @see https://pagefind.app/docs/api/
 * @see https://pagefind.app/docs/js-api-filtering/
 * @see https://pagefind.app/docs/js-api-sorting/
 */
import type { PagefindFilterQuery } from './filters';

/** Filter counts: filter name → value → number of pages. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

/** Options of `search()`. */
export interface PagefindSearchOptions {
  filters?: PagefindFilterQuery;
  /** One sort key and its direction, e.g. `{ date: 'desc' }`. */
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The loaded fragment of one result. */
export interface PagefindResultData {
  url: string;
  /** The indexed text of the page. */
  content: string;
  /** Positions of the matched words in `content` split at whitespace. */
  locations: number[];
  /** Excerpt as HTML: page text with `<` and `>` escaped, matched words in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  word_count: number;
}

/** One result; its fragment is fetched only when `data()` is called. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

/** The answer to `search()`. */
export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts with the current filters applied. */
  filters: PagefindFilterCounts;
  /** Counts for the words alone, without filters. */
  totalFilters: PagefindFilterCounts;
}

/** The `pagefind.js` module. */
export interface PagefindApi {
  options: (options: {
    basePath?: string;
    excerptLength?: number;
    /** Marks an excerpt cut mid-text, at either end. */
    excerptEllipsis?: string;
    /** Searches on the page's thread instead of in a Web Worker (read when Pagefind starts). */
    noWorker?: boolean;
  }) => Promise<void>;
  init: () => Promise<void>;
  /** Adds another index (an older year's shard) to every later search. */
  mergeIndex: (basePath: string) => Promise<void>;
  /** `term` is `null` for a filter-only search; `"quoted"` terms match whole words only. */
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearchResponse>;
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
  filters: () => Promise<PagefindFilterCounts>;
  destroy: () => Promise<void>;
}
