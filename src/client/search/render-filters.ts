/**
 * The values of one filter as a list of checkboxes with their counts, in the filter's order.
 * A picked value stays listed even when the words have no result for it, so it can be unpicked.
 */
import { SEARCH_MESSAGES } from '../../lib/search/messages';
import { orderFilterValues, type SearchFilter } from '../../lib/search/filters';

/** What one filter shows. */
export interface FilterValuesInput {
  filter: SearchFilter;
  /** Value → results, following the other filters. */
  counts: Readonly<Record<string, number>>;
  /** The values the reader picked. */
  selected: readonly string[];
  /** Whether the filter's index is loaded; if not, a loading notice follows the picked values. */
  counted: boolean;
}

/** The list items of one filter. */
export function renderFilterValues({
  filter,
  counts,
  selected,
  counted,
}: FilterValuesInput): HTMLLIElement[] {
  const values = orderFilterValues(filter, counts);
  for (const value of selected) {
    if (!values.some((v) => v.value === value)) values.push({ value, count: 0 });
  }
  const items = values
    .filter(({ value, count }) => count > 0 || selected.includes(value))
    .map(({ value, count }) => {
      const item = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = filter.name;
      box.value = value;
      box.checked = selected.includes(value);
      const number = document.createElement('span');
      number.className = 'search-filter__count';
      number.textContent = `(${count})`;
      label.append(box, ` ${value} `, number);
      item.append(label);
      return item;
    });
  if (!counted) {
    const loading = document.createElement('li');
    loading.className = 'search-filter__loading';
    loading.textContent = SEARCH_MESSAGES.loadingFilters;
    items.push(loading);
  }
  return items;
}

/** The notice that replaces a filter's values when its index could not be fetched. */
export function renderFilterFailure(): HTMLLIElement {
  const item = document.createElement('li');
  item.textContent = SEARCH_MESSAGES.filtersUnavailable;
  return item;
}
