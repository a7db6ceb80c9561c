import { describe, expect, it, vi } from 'vitest';
import { SearchIndex, searchOptions } from '../../../../src/client/search/search-index';
import type { ArchiveShardRef } from '../../../../src/lib/search/archive-steps';
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
function fakePagefind(archive: Record<string, Page[]> = {}) {
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
      const shard = archive[path];
      if (!shard) return Promise.reject(new Error(`no shard at ${path}`));
      pages = [...pages, ...shard];
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
    const index = new SearchIndex(() => Promise.resolve(api), undefined);
    const answer = await index.search(readSearchState('?q=batteria'), 2);
    expect(answer.results).toHaveLength(4);
    expect(answer.firstPage.map((data) => data.url)).toEqual(['/a/', '/b/']);
    expect(answer.counted.size).toBe(0);
  });

  it('counts each filter following the other filters (Smartphone + 2025)', async () => {
    const { api } = fakePagefind();
    const index = new SearchIndex(() => Promise.resolve(api), undefined);
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
    const index = new SearchIndex(() => Promise.resolve(api), undefined);
    const state = readSearchState('?q=batteria&anno=2024');
    await index.search(state, 5);
    const { counts, counted, failed } = await index.countFilters(state, ['tag']);
    expect(counts['tag']).toEqual({ Android: 2 });
    expect(counted.has('tag')).toBe(true);
    expect(failed).toEqual([]);
  });

  it('finds nothing when the words were not found', async () => {
    const { api } = fakePagefind();
    const index = new SearchIndex(() => Promise.resolve(api), undefined);
    const answer = await index.search(readSearchState('?q=litio'), 5);
    expect(answer).toMatchObject({ matched: false, results: [], firstPage: [] });
  });

  describe('with older shards', () => {
    const years = [2024, 2023, 2021, 2019, 2018];
    const shards: ArchiveShardRef[] = years.map((year) => ({
      path: `/pagefind/anni/${year}/`,
      from: { year, month: 1 },
      articles: 1,
    }));
    const archive = Object.fromEntries(
      years.map((year) => [
        `/pagefind/anni/${year}/`,
        [{ url: `/${year}/`, words: ['batteria', `w${year}`], filters: { anno: [`${year}`] } }],
      ]),
    );
    const search = (index: SearchIndex, query: string) => index.search(readSearchState(query), 10);
    /** The list of `list` as the page fetches it, counting the fetches in `calls`. */
    const listed =
      (calls: string[], list: ArchiveShardRef[] = shards) =>
      () => {
        calls.push('list');
        return Promise.resolve(list);
      };

    it('fetches the list and merges only the shards the search reaches, each once', async () => {
      const { api, calls } = fakePagefind(archive);
      const index = new SearchIndex(() => Promise.resolve(api), listed(calls));
      expect(index.hasArchive).toBe(true);
      const recent = await search(index, '?q=batteria');
      expect(recent.results).toHaveLength(4);
      expect(recent.reach).toBe('recent');
      expect(calls).toEqual([]);

      const first = await search(index, '?q=batteria&archivio=2019-01');
      expect(first.results).toHaveLength(8);
      expect(first.reach).toEqual({ year: 2019, month: 1 });
      expect(first.archiveUnavailable).toBe(false);
      expect(calls).toEqual([
        'list',
        ...years.slice(0, 4).map((year) => `merge /pagefind/anni/${year}/`),
      ]);

      calls.length = 0;
      const all = await search(index, '?q=batteria&archivio=1');
      expect(all.results).toHaveLength(9);
      expect(all.reach).toBe('all');
      await search(index, '?q=batteria&archivio=1');
      expect(calls).toEqual(['merge /pagefind/anni/2018/']);
    });

    it('answers from every shard merged already, and says how far back', async () => {
      const { api, calls } = fakePagefind(archive);
      const index = new SearchIndex(() => Promise.resolve(api), listed(calls));
      await search(index, '?q=batteria&archivio=2023-01');
      const back = await search(index, '?q=w2023');
      expect(back.results.map((result) => result.id)).toEqual(['/2023/']);
      expect(back.reach).toEqual({ year: 2023, month: 1 });
      expect(calls).toHaveLength(3);
    });

    it('gives the list to whoever asks, fetched once', async () => {
      const { api, calls } = fakePagefind(archive);
      const index = new SearchIndex(() => Promise.resolve(api), listed(calls));
      const [one, other] = await Promise.all([index.archiveShards(), index.archiveShards()]);
      expect(one).toEqual(shards);
      expect(other).toBe(one);
      await search(index, '?q=batteria&archivio=1');
      expect(calls.filter((call) => call === 'list')).toHaveLength(1);
    });

    it('answers from the recent articles when the list cannot be fetched, and fetches it again next time', async () => {
      const { api, calls } = fakePagefind(archive);
      let fetches = 0;
      const flaky = () =>
        ++fetches === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(shards);
      const index = new SearchIndex(() => Promise.resolve(api), flaky);
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      const failed = await search(index, '?q=batteria&archivio=1');
      expect(failed).toMatchObject({ reach: 'recent', archiveUnavailable: true });
      expect(failed.results).toHaveLength(4);
      expect(calls).toEqual([]);
      expect(errors).toHaveBeenCalledOnce();
      errors.mockRestore();

      const again = await search(index, '?q=batteria&archivio=1');
      expect(again).toMatchObject({ reach: 'all', archiveUnavailable: false });
      expect(again.results).toHaveLength(9);
      expect(fetches).toBe(2);
    });

    it('takes an empty list for a failed fetch: the page said there are older articles', async () => {
      const { api } = fakePagefind(archive);
      const index = new SearchIndex(
        () => Promise.resolve(api),
        () => Promise.resolve([]),
      );
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(await index.archiveShards()).toBeUndefined();
      expect(errors).toHaveBeenCalledOnce();
      errors.mockRestore();
    });

    it('has no list to fetch without older articles', async () => {
      const { api } = fakePagefind(archive);
      const index = new SearchIndex(() => Promise.resolve(api), undefined);
      expect(index.hasArchive).toBe(false);
      expect(await index.archiveShards()).toEqual([]);
      const all = await search(index, '?q=batteria&archivio=1');
      expect(all).toMatchObject({ reach: 'recent', archiveUnavailable: false });
    });

    it('answers with the shards an earlier search is still merging', async () => {
      const { api } = fakePagefind(archive);
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      const slow: PagefindApi = {
        ...api,
        mergeIndex: async (path) => {
          await gate;
          return api.mergeIndex(path);
        },
      };
      const index = new SearchIndex(() => Promise.resolve(slow), listed([]));
      const older = search(index, '?q=batteria&archivio=2024-01');
      const recent = search(index, '?q=batteria');
      release();
      const answer = await recent;
      expect(answer.reach).toEqual({ year: 2024, month: 1 });
      expect(answer.results).toHaveLength(5);
      await older;
    });

    it('loads the filter indexes again once a step is merged', async () => {
      const { api } = fakePagefind(archive);
      const index = new SearchIndex(() => Promise.resolve(api), listed([]));
      await index.loadFilters(['anno'], 'batteria');
      expect((await search(index, '?q=batteria')).counted.has('anno')).toBe(true);
      expect((await search(index, '?q=batteria&archivio=2024-01')).counted.has('anno')).toBe(false);
    });

    it('merges a shard again after its merge failed', async () => {
      const late: Record<string, Page[]> = {};
      const { api, calls } = fakePagefind(late);
      const index = new SearchIndex(() => Promise.resolve(api), listed([], shards.slice(0, 1)));
      await expect(search(index, '?q=batteria&archivio=1')).rejects.toThrow('no shard');
      late['/pagefind/anni/2024/'] = archive['/pagefind/anni/2024/']!;
      expect((await search(index, '?q=batteria&archivio=1')).results).toHaveLength(5);
      expect(calls).toEqual(['merge /pagefind/anni/2024/', 'merge /pagefind/anni/2024/']);
    });
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
