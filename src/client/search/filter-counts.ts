/**
 * Filter counts that follow the other filters (pure). With `Smartphone` and `2025` picked, the
 * tags show how many of the results on screen carry each tag; the years show how many results
 * each year would give with `Smartphone` alone, since picking another year widens the search
 * (values of one filter are alternatives, see `toPagefindFilters`).
 */
import {
  SEARCH_FILTER_NAMES,
  type SearchFilterName,
  type SelectedFilters,
} from '../../lib/search/filters';
import type { PagefindFilterCounts } from '../../lib/search/pagefind-api';

/** A search run only to count the values of `name`: the same words, without its own picks. */
export interface CountingSearch {
  name: SearchFilterName;
  filters: SelectedFilters;
}

/**
 * The extra searches a filtered search needs: one per filter with picked values. Filters
 * nobody picked from are counted by the search itself (Pagefind's `filters`, which apply
 * every pick).
 */
export function countingSearches(selected: SelectedFilters): CountingSearch[] {
  return SEARCH_FILTER_NAMES.filter((name) => (selected[name] ?? []).length > 0).map((name) => ({
    name,
    filters: Object.fromEntries(Object.entries(selected).filter(([other]) => other !== name)),
  }));
}

/**
 * The counts to show: each picked filter from its own counting search, every other filter from
 * the search's counts with all picks applied.
 */
export function combineCounts(
  filtered: PagefindFilterCounts,
  own: ReadonlyMap<SearchFilterName, PagefindFilterCounts>,
): PagefindFilterCounts {
  return Object.fromEntries(
    SEARCH_FILTER_NAMES.map((name) => [name, (own.get(name) ?? filtered)[name] ?? {}]),
  );
}
