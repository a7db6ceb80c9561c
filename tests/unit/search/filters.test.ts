import { describe, expect, it } from 'vitest';
import {
  SEARCH_FILTERS,
  SEARCH_FILTER_NAMES,
  isSearchFilterName,
  orderFilterValues,
  toPagefindFilters,
} from '../../../src/lib/search/filters';

const filter = (name: string) => {
  const found = SEARCH_FILTERS.find((f) => f.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('SEARCH_FILTERS', () => {
  it('defines categoria, tag, autore and anno, in page order', () => {
    expect(SEARCH_FILTER_NAMES).toEqual(['categoria', 'tag', 'autore', 'anno']);
    expect(SEARCH_FILTERS.map((f) => f.label)).toEqual(['Categoria', 'Tag', 'Autore', 'Anno']);
  });

  it.each([
    ['categoria', true],
    ['anno', true],
    ['q', false],
    ['ordine', false],
    ['Categoria', false],
  ])('isSearchFilterName(%j) is %j', (name, expected) => {
    expect(isSearchFilterName(name)).toBe(expected);
  });
});

describe('orderFilterValues', () => {
  it('puts the most frequent values first, and sorts ties by Italian name', () => {
    const counts = { Scienza: 1, Auto: 1, Smartphone: 3, Énergia: 1, Informatica: 2 };
    expect(orderFilterValues(filter('categoria'), counts)).toEqual([
      { value: 'Smartphone', count: 3 },
      { value: 'Informatica', count: 2 },
      { value: 'Auto', count: 1 },
      { value: 'Énergia', count: 1 },
      { value: 'Scienza', count: 1 },
    ]);
  });

  it('lists years newest first, whatever their counts', () => {
    const counts = { '2018': 5, '2026': 1, '2019': 2 };
    expect(orderFilterValues(filter('anno'), counts).map((v) => v.value)).toEqual([
      '2026',
      '2019',
      '2018',
    ]);
  });

  it('returns nothing for a filter with no values', () => {
    expect(orderFilterValues(filter('tag'), {})).toEqual([]);
  });
});

describe('toPagefindFilters', () => {
  it('ORs the values of one filter and ANDs different filters', () => {
    expect(
      toPagefindFilters({ categoria: ['Scienza', 'Smartphone'], anno: ['2018'], tag: [] }),
    ).toEqual({ categoria: { any: ['Scienza', 'Smartphone'] }, anno: { any: ['2018'] } });
  });

  it('gives Pagefind no filter at all when nothing is picked', () => {
    expect(toPagefindFilters({})).toEqual({});
  });
});
