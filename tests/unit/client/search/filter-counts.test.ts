import { describe, expect, it } from 'vitest';
import { combineCounts, countingSearches } from '../../../../src/client/search/filter-counts';

describe('countingSearches', () => {
  it('needs no extra search when nothing is picked', () => {
    expect(countingSearches({})).toEqual([]);
  });

  it('counts each picked filter without its own picks, keeping the others', () => {
    expect(countingSearches({ categoria: ['Smartphone'], anno: ['2025'], tag: [] })).toEqual([
      { name: 'categoria', filters: { anno: ['2025'], tag: [] } },
      { name: 'anno', filters: { categoria: ['Smartphone'], tag: [] } },
    ]);
  });
});

describe('combineCounts', () => {
  it('shows the tags of the results left by Smartphone + 2025, not of every result', () => {
    // Words alone: three Android articles. Smartphone + 2025 leave one, without the tag Android.
    const filtered = {
      categoria: { Smartphone: 1 },
      tag: { Xiaomi: 1 },
      anno: { '2025': 1 },
    };
    const own = new Map([
      ['categoria', { categoria: { Smartphone: 1, Scienza: 2 } }],
      ['anno', { anno: { '2025': 1, '2018': 3 } }],
    ] as const);
    expect(combineCounts(filtered, own)).toEqual({
      categoria: { Smartphone: 1, Scienza: 2 },
      tag: { Xiaomi: 1 },
      autore: {},
      anno: { '2025': 1, '2018': 3 },
    });
  });
});
