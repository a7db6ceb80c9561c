/**
 * What a search is (words, picked filters, order, whether it reaches the older years) and its
 * shareable form, the query string of `/cerca/`:
 * `?q=batterie&categoria=Scienza&tag=Litio&tag=Sodio&ordine=data&archivio=1`. The header form
 * submits `q` alone, so any other parameter is optional.
 */
import { SEARCH_FILTERS, isSearchFilterName, type SelectedFilters } from './filters';

/** Result order: Pagefind's relevance, or newest first by the `date` sort key. */
export type SearchOrder = 'pertinenza' | 'data';

/** One search, as the page and its URL hold it. */
export interface SearchState {
  /** The words, whitespace collapsed and trimmed. */
  query: string;
  filters: SelectedFilters;
  order: SearchOrder;
  /** Whether the older years' shards are searched too, not only the recent index. */
  archive: boolean;
}

/** Query-string parameter of the words; the header form uses it too. */
export const QUERY_PARAM = 'q';
/** Query-string parameter of the order; absent means relevance. */
export const ORDER_PARAM = 'ordine';
/** Query-string parameter that takes the search into the older years; absent means recent only. */
export const ARCHIVE_PARAM = 'archivio';

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
    archive: params.get(ARCHIVE_PARAM) === '1',
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
  if (archive) params.set(ARCHIVE_PARAM, '1');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
