import { describe, expect, it } from 'vitest';
import {
  historyAction,
  readHistoryEntry,
  type SearchChange,
} from '../../../../src/client/search/search-history';
import { readSearchState } from '../../../../src/lib/search/search-state';

const at = (search: string) => readSearchState(search);

describe('historyAction', () => {
  it.each<[string, string, string, SearchChange, 'push' | 'replace']>([
    ['refines the step while the words are being typed', '?q=sod', '?q=sodio', 'typing', 'replace'],
    ['refines the step when a typo is deleted', '?q=sodioo', '?q=sodio', 'typing', 'replace'],
    ['adds a step for other words typed', '?q=sodio', '?q=litio', 'typing', 'push'],
    ['adds a step for other words submitted', '?q=sodio', '?q=sodium', 'submit', 'push'],
    [
      'keeps the step when the same words are submitted',
      '?q=sodio',
      '?q=sodio',
      'submit',
      'replace',
    ],
    ['adds a step for a filter', '?q=sodio', '?q=sodio&anno=2024', 'filters', 'push'],
    ['adds a step for another order', '?q=sodio', '?q=sodio&ordine=data', 'order', 'push'],
    [
      'widens the step to the older years',
      '?q=sodio',
      '?q=sodio&archivio=2019-07',
      'archive',
      'replace',
    ],
    [
      'widens the step once more',
      '?q=sodio&archivio=2019-07',
      '?q=sodio&archivio=1',
      'archive',
      'replace',
    ],
    ['starts from an empty page without a step of its own', '', '?q=litio', 'submit', 'replace'],
  ])('%s', (_, from, to, change, action) => {
    expect(historyAction(at(from), at(to), change)).toBe(action);
  });
});

describe('readHistoryEntry', () => {
  it('reads how many results were shown and the scroll position', () => {
    expect(readHistoryEntry({ shown: 15, scrollY: 1200.5 })).toEqual({
      shown: 15,
      scrollY: 1200.5,
    });
  });

  it.each([null, undefined, 'x', {}, { shown: -1, scrollY: 0 }, { shown: 5, scrollY: Number.NaN }])(
    'finds no entry in %j',
    (state) => {
      expect(readHistoryEntry(state)).toBeUndefined();
    },
  );
});
