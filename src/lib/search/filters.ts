/**
 * The search filters, defined once: the article page tags its elements with these names, the
 * search page shows them in this order, with these labels, and the build test expects them.
 *
 * @see https://pagefind.app/docs/filtering/
 */
import { SITE } from '../../site.config';

/** Filter names as stored in the Pagefind index (and in `/cerca/` URLs). */
export type SearchFilterName = 'categoria' | 'tag' | 'autore' | 'anno';

/** One filter: its index name, its label on the search page and how its values are ordered. */
export interface SearchFilter {
  name: SearchFilterName;
  /** Italian label shown above the filter's values. */
  label: string;
  /** `count`: most frequent first (names break ties); `newest`: years, most recent first. */
  order: 'count' | 'newest';
}

/** Every filter, in the order the search page shows them. */
export const SEARCH_FILTERS: readonly SearchFilter[] = [
  { name: 'categoria', label: 'Categoria', order: 'count' },
  { name: 'tag', label: 'Tag', order: 'count' },
  { name: 'autore', label: 'Autore', order: 'count' },
  { name: 'anno', label: 'Anno', order: 'newest' },
];

/** The filter names alone, e.g. to read them back from a URL. */
export const SEARCH_FILTER_NAMES: readonly SearchFilterName[] = SEARCH_FILTERS.map((f) => f.name);

/** Whether `name` is one of the site's filters. */
export function isSearchFilterName(name: string): name is SearchFilterName {
  return (SEARCH_FILTER_NAMES as readonly string[]).includes(name);
}

/** A filter value and how many results carry it. */
export interface FilterValueCount {
  value: string;
  count: number;
}

/**
 * Made on the first comparison: building a collator loads the locale's collation data, a long
 * task on a slow phone, and the search page's first results list no filter value.
 */
let collator: Intl.Collator | undefined;
const compareValues = (a: string, b: string): number =>
  (collator ??= new Intl.Collator(SITE.locale, { sensitivity: 'base', numeric: true })).compare(
    a,
    b,
  );

/**
 * The values of one filter in display order. Pagefind returns them as an object keyed by value,
 * in no useful order.
 */
export function orderFilterValues(
  filter: SearchFilter,
  counts: Readonly<Record<string, number>>,
): FilterValueCount[] {
  const values = Object.entries(counts).map(([value, count]) => ({ value, count }));
  if (filter.order === 'newest') return values.sort((a, b) => compareValues(b.value, a.value));
  return values.sort((a, b) => b.count - a.count || compareValues(a.value, b.value));
}

/** The values a reader picked, per filter. */
export type SelectedFilters = Partial<Record<SearchFilterName, readonly string[]>>;

/** Pagefind's filter query: `any` keeps a result carrying at least one of the values. */
export type PagefindFilterQuery = Partial<Record<SearchFilterName, { any: string[] }>>;

/**
 * The Pagefind `filters` option for the values a reader picked: values of one filter widen the
 * results (a category *or* another), different filters narrow them (a category *and* a year).
 * Pagefind's plain arrays would require every value at once, which a one-category article never
 * satisfies.
 *
 * @see https://pagefind.app/docs/js-api-filtering/#using-compound-filters
 */
export function toPagefindFilters(selected: SelectedFilters): PagefindFilterQuery {
  const query: PagefindFilterQuery = {};
  for (const { name } of SEARCH_FILTERS) {
    const values = selected[name];
    if (values && values.length > 0) query[name] = { any: [...values] };
  }
  return query;
}
