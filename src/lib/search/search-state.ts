/**
 * What a search is (words, picked filters, order, how far back it reaches) and its shareable
 * form, the query string of `/cerca/`:
 * `?q=batterie&categoria=Scienza&tag=Litio&tag=Sodio&ordine=data&archivio=2023-05`. The header
 * form submits `q` alone, so any other parameter is optional.
 */
import { SEARCH_FILTERS, isSearchFilterName, type SelectedFilters } from './filters';
import { formatYearMonth, parseYearMonth, type YearMonth } from './year-month';

/** Result order: Pagefind's relevance, or newest first by the `date` sort key. */
export type SearchOrder = 'pertinenza' | 'data';

/**
 * Which articles a search covers: the recent ones (the primary index), those from a month on
 * (the older shards merged down to that month, `archive-steps.ts`), or all of them.
 */
export type ArchiveReach = 'recent' | YearMonth | 'all';

/** One search, as the page and its URL hold it. */
export interface SearchState {
  /** The words, whitespace collapsed and trimmed. */
  query: string;
  filters: SelectedFilters;
  order: SearchOrder;
  archive: ArchiveReach;
}

/** Query-string parameter of the words; the header form uses it too. */
export const QUERY_PARAM = 'q';
/** Query-string parameter of the order; absent means relevance. */
export const ORDER_PARAM = 'ordine';
/**
 * Query-string parameter that takes the search into the older articles: `2023-05` from that
 * month on, `1` the whole archive; absent means the recent articles only.
 */
export const ARCHIVE_PARAM = 'archivio';

const WHOLE_ARCHIVE = '1';

function readReach(value: string | null): ArchiveReach {
  if (value === WHOLE_ARCHIVE) return 'all';
  return parseYearMonth(value ?? undefined) ?? 'recent';
}

/** Collapses runs of whitespace and trims, so `  xiaomi   usa ` is searched as `xiaomi usa`. */
export function normalizeQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}

/** Reads a search from a query string (`location.search`); unknown parameters are ignored. */
export function readSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SelectedFilters = {};
  for (const [name, value] of params) {
    const trimmed = value.trim();
    if (!isSearchFilterName(name) || trimmed === '') continue;
    const values = filters[name] ?? [];
    if (!values.includes(trimmed)) filters[name] = [...values, trimmed];
  }
  return {
    query: normalizeQuery(params.get(QUERY_PARAM) ?? ''),
    filters,
    order: params.get(ORDER_PARAM) === 'data' ? 'data' : 'pertinenza',
    archive: readReach(params.get(ARCHIVE_PARAM)),
  };
}

/**
 * The query string of a search, `?`-prefixed, or `''` for an empty search. Parameters come in a
 * fixed order (words, filters in page order, order, archive) so equal searches share one URL.
 */
export function writeSearchState({ query, filters, order, archive }: SearchState): string {
  const params = new URLSearchParams();
  const words = normalizeQuery(query);
  if (words !== '') params.set(QUERY_PARAM, words);
  for (const { name } of SEARCH_FILTERS) {
    for (const value of filters[name] ?? []) params.append(name, value);
  }
  if (order === 'data') params.set(ORDER_PARAM, 'data');
  if (archive !== 'recent') {
    params.set(ARCHIVE_PARAM, archive === 'all' ? WHOLE_ARCHIVE : formatYearMonth(archive));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
