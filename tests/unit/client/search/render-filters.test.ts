// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderFilterValues } from '../../../../src/client/search/render-filters';
import { SEARCH_FILTERS } from '../../../../src/lib/search/filters';

const tag = SEARCH_FILTERS.find((filter) => filter.name === 'tag')!;
const labels = (items: HTMLLIElement[]) => items.map((item) => item.textContent);

describe('renderFilterValues', () => {
  it('lists values with results, most frequent first, as labelled checkboxes', () => {
    const items = renderFilterValues({
      filter: tag,
      counts: { Android: 1, Xiaomi: 2, Vuoto: 0 },
      selected: [],
      counted: true,
    });
    expect(labels(items)).toEqual([' Xiaomi (2)', ' Android (1)']);
    const box = items[0]!.querySelector('input')!;
    expect([box.type, box.name, box.value, box.checked]).toEqual([
      'checkbox',
      'tag',
      'Xiaomi',
      false,
    ]);
  });

  it('keeps a picked value the words have no result for, checked', () => {
    const items = renderFilterValues({
      filter: tag,
      counts: {},
      selected: ['Litio'],
      counted: true,
    });
    expect(labels(items)).toEqual([' Litio (0)']);
    expect(items[0]!.querySelector('input')!.checked).toBe(true);
  });

  it('says the values are loading while the filter index is not in', () => {
    const items = renderFilterValues({ filter: tag, counts: {}, selected: [], counted: false });
    expect(labels(items)).toEqual(['Caricamento dei valori…']);
  });
});
