import { describe, expect, it } from 'vitest';
import { SearchIndex, searchOptions } from '../../../../src/client/search/search-index';
import type {
  PagefindApi,
  PagefindResultData,
  PagefindSearchOptions,
} from '../../../../src/lib/search/pagefind-api';
import { readSearchState } from '../../../../src/lib/search/search-state';

interface Page {
  url: string;
  words: string[];
  filters: Record<string, string[]>;
}

const PAGES: Page[] = [
  {
    url: '/a/',
    words: ['batteria'],
    filters: { categoria: ['Smartphone'], anno: ['2025'], tag: ['Xiaomi'] },
  },
  {
    url: '/b/',
    words: ['batteria'],
    filters: { categoria: ['Smartphone'], anno: ['2024'], tag: ['Android'] },
  },
  {
    url: '/c/',
    words: ['batteria'],
    filters: { categoria: ['Smartphone'], anno: ['2024'], tag: ['Android'] },
  },
  {
    url: '/d/',
    words: ['batteria'],
    filters: { categoria: ['Scienza'], anno: ['2025'], tag: ['Android'] },
  },
];

/**
 * A stand-in for Pagefind's browser API over `PAGES`: exact-word search, `any` filters, counts
 * for the filter indexes loaded so far (as Pagefind, which counts only those), and the calls.
 */
function fakePagefind(archive: Page[] = []) {
  let pages = [...PAGES];
  const loaded = new Set<string>();
  const calls: string[] = [];
  const count = (list: Page[]) => {
    const counts: Record<string, Record<string, number>> = {};
    for (const name of loaded) {
      counts[name] = {};
      for (const page of list) {
        for (const value of page.filters[name] ?? [])
          counts[name][value] = (counts[name][value] ?? 0) + 1;
      }
    }
    return counts;
  };
  const api: PagefindApi = {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    mergeIndex: (path) => {
      calls.push(`merge ${path}`);
      pages = [...pages, ...archive];
      return Promise.resolve();
    },
    preload: (_, options?: PagefindSearchOptions) => {
      for (const name of Object.keys(options?.filters ?? {})) loaded.add(name);
      return Promise.resolve();
    },
    search: (term, options) => {
      for (const name of Object.keys(options?.filters ?? {})) loaded.add(name);
      const word = (term ?? '').replaceAll('"', '');
      const hits = pages.filter((page) => page.words.includes(word));
      const kept = hits.filter((page) =>
        Object.entries(options?.filters ?? {}).every(
          ([name, { any }]) =>
            any.length === 0 || any.some((value) => page.filters[name]?.includes(value)),
        ),
      );
      return Promise.resolve({
        results: kept.map((page) => ({
          id: page.url,
          score: 1,
          data: (): Promise<PagefindResultData> =>
            Promise.resolve({
              url: page.url,
              content: page.words.join(' '),
              locations: [0],
              excerpt: `<mark>${page.words[0]}</mark>`,
              meta: {},
              filters: page.filters,
              word_count: page.words.length,
            }),
        })),
        unfilteredResultCount: hits.length,
        filters: count(kept),
        totalFilters: count(hits),
      });
    },
    filters: () => Promise.resolve({}),
    destroy: () => Promise.resolve(),
  };
  return { api, calls, loaded };
}

describe('SearchIndex', () => {
  it('loads the first results only, and counts no filter whose index is not loaded', async () => {
    const { api } = fakePagefind();
    const index = new SearchIndex(() => Promise.resolve(api), []);
    const answer = await index.search(readSearchState('?q=batteria'), 2);
    expect(answer.results).toHaveLength(4);
    expect(answer.firstPage.map((data) => data.url)).toEqual(['/a/', '/b/']);
    expect(answer.counted.size).toBe(0);
  });

  it('counts each filter following the other filters (Smartphone + 2025)', async () => {
    const { api } = fakePagefind();
    const index = new SearchIndex(() => Promise.resolve(api), []);
    await index.loadFilters(['tag'], 'batteria');
    const answer = await index.search(
      readSearchState('?q=batteria&categoria=Smartphone&anno=2025'),
      5,
    );
    expect(answer.results).toHaveLength(1);
    // Android is carried by 3 results of the words, none of them Smartphone + 2025.
    expect(answer.counts['tag']).toEqual({ Xiaomi: 1 });
    // Another category or year widens the search: counted with the other pick only.
    expect(answer.counts['categoria']).toEqual({ Smartphone: 1, Scienza: 1 });
    expect(answer.counts['anno']).toEqual({ '2025': 1, '2024': 2 });
    expect([...answer.counted].sort()).toEqual(['anno', 'categoria', 'tag']);
  });

  it('counts the filters opened after the search', async () => {
    const { api } = fakePagefind();
    const index = new SearchIndex(() => Promise.resolve(api), []);
    const state = readSearchState('?q=batteria&anno=2024');
    await index.search(state, 5);
    const { counts, counted, failed } = await index.countFilters(state, ['tag']);
    expect(counts['tag']).toEqual({ Android: 2 });
    expect(counted.has('tag')).toBe(true);
    expect(failed).toEqual([]);
  });

  it('finds nothing when the words were not found', async () => {
    const { api } = fakePagefind();
    const index = new SearchIndex(() => Promise.resolve(api), []);
    const answer = await index.search(readSearchState('?q=litio'), 5);
    expect(answer).toMatchObject({ matched: false, results: [], firstPage: [] });
  });

  it('merges the older years once, when a search asks for them', async () => {
    const old: Page = { url: '/old/', words: ['batteria'], filters: { anno: ['2016'] } };
    const { api, calls } = fakePagefind([old]);
    const index = new SearchIndex(() => Promise.resolve(api), ['/pagefind/anni/2016/']);
    expect(index.hasArchive).toBe(true);
    expect((await index.search(readSearchState('?q=batteria'), 5)).results).toHaveLength(4);
    expect(calls).toEqual([]);
    const state = readSearchState('?q=batteria&archivio=1');
    expect((await index.search(state, 5)).results).toHaveLength(5);
    await index.search(state, 5);
    expect(calls).toEqual(['merge /pagefind/anni/2016/']);
  });
});

describe('searchOptions', () => {
  it('turns picks into `any` filters and the date order into a sort', () => {
    expect(searchOptions(readSearchState('?q=x&tag=A&tag=B&ordine=data'))).toEqual({
      filters: { tag: { any: ['A', 'B'] } },
      sort: { date: 'desc' },
    });
  });
});
