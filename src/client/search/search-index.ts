/**
 * The search index as the page uses it: Pagefind's JS API, run in the page's search worker, the
 * older articles' shards merged in as far back as a search reaches (`archive-steps.ts`), their
 * list fetched the first time one does, filter indexes fetched only once a filter is shown, and
 * searches answered with their first results and filter counts.
 *
 * @see https://pagefind.app/docs/api/
 */
import {
  reachOf,
  readArchiveShards,
  shardsReaching,
  type ArchiveShardRef,
} from '../../lib/search/archive-steps';
import {
  SEARCH_FILTER_NAMES,
  toPagefindFilters,
  type SearchFilterName,
} from '../../lib/search/filters';
import type {
  PagefindFilterCounts,
  PagefindResult,
  PagefindResultData,
  PagefindSearchOptions,
} from '../../lib/search/pagefind-api';
import { PAGEFIND_BUNDLE } from '../../lib/search/pagefind-bundle';
import { startPagefind, type PagefindCalls } from './pagefind-in-worker';
import { isGenuineMatch, matchedWords, queryTerms } from '../../lib/search/prefix-fallback';
import type { ArchiveReach, SearchState } from '../../lib/search/search-state';
import { combineCounts, countingSearches } from './filter-counts';

/** Excerpt length in words. */
const EXCERPT_WORDS = 26;

/**
 * Starts Pagefind in the page's search worker (`search-worker.ts`): loading its script, decoding
 * index chunks and searching never run on the page's thread, whatever the size of the merged
 * archive (docs/performance.md weighs the worker against the first query's byte budget).
 */
export async function importPagefind(): Promise<PagefindCalls> {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  return await startPagefind(worker, { excerptLength: EXCERPT_WORDS, excerptEllipsis: '…' });
}

/** Fetches the list of the older articles' shards, newest first, from the built bundle. */
export async function fetchArchiveShards(): Promise<ArchiveShardRef[]> {
  const url = `/${PAGEFIND_BUNDLE.dir}/${PAGEFIND_BUNDLE.archiveList}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return readArchiveShards(await response.text());
}

/** A search's answer: its results, the first of them loaded, and the filter counts. */
export interface SearchAnswer {
  /** Whether the words were found at all, whatever the filters left. */
  matched: boolean;
  results: PagefindResult[];
  /** The loaded data of the first results. */
  firstPage: PagefindResultData[];
  /** Per filter, the counts that follow the other filters (`filter-counts.ts`). */
  counts: PagefindFilterCounts;
  /** The filters whose values these counts include (their index was loaded). */
  counted: ReadonlySet<SearchFilterName>;
  /**
   * How far back the results come from: what the search asked for, or further when shards an
   * earlier search reached are merged already (Pagefind cannot take a shard out again).
   */
  reach: ArchiveReach;
  /** Whether the search asked for older articles whose list could not be fetched. */
  archiveUnavailable: boolean;
}

const NOTHING: Omit<SearchAnswer, 'counted' | 'reach' | 'archiveUnavailable'> = {
  matched: false,
  results: [],
  firstPage: [],
  counts: {},
};

/** The Pagefind options of a search. */
export function searchOptions(
  state: Pick<SearchState, 'filters' | 'order'>,
): PagefindSearchOptions {
  return {
    filters: toPagefindFilters(state.filters),
    ...(state.order === 'data' && { sort: { date: 'desc' } }),
  };
}

/**
 * One page's index: create it once, with how to fetch the older articles' list when there are
 * older articles (`undefined` when the recent articles are the whole archive).
 */
export class SearchIndex {
  readonly #pagefind: Promise<PagefindCalls>;
  readonly #loadShards: (() => Promise<readonly ArchiveShardRef[]>) | undefined;
  /** The list's fetch, started or done; cleared when it fails, so the next need fetches again. */
  #shardsLoad: Promise<readonly ArchiveShardRef[] | undefined> | undefined;
  /** The older shards, newest first, once fetched. */
  #shards: readonly ArchiveShardRef[] = [];
  /** Each shard's merge, started or done, by path. */
  readonly #merges = new Map<string, Promise<void>>();
  readonly #merged = new Set<string>();
  readonly #loadedFilters = new Set<SearchFilterName>();
  readonly #filterLoads = new Map<SearchFilterName, Promise<void>>();

  constructor(
    load: () => Promise<PagefindCalls>,
    loadShards: (() => Promise<readonly ArchiveShardRef[]>) | undefined,
  ) {
    this.#pagefind = load();
    this.#pagefind.catch(() => undefined);
    this.#loadShards = loadShards;
  }

  /** Whether older articles have shards of their own. */
  get hasArchive(): boolean {
    return this.#loadShards !== undefined;
  }

  /**
   * The older shards, newest first, fetched once: a search that stays in the recent articles
   * never asks for them. `undefined` when the list cannot be fetched, or holds no shard although
   * the page said there are older articles; the next call fetches it again.
   */
  archiveShards(): Promise<readonly ArchiveShardRef[] | undefined> {
    const load = this.#loadShards;
    return load ? (this.#shardsLoad ??= this.#fetchShards(load)) : Promise.resolve([]);
  }

  async #fetchShards(
    load: () => Promise<readonly ArchiveShardRef[]>,
  ): Promise<readonly ArchiveShardRef[] | undefined> {
    try {
      const shards = await load();
      if (shards.length === 0) throw new Error('Elenco degli articoli più vecchi vuoto');
      this.#shards = shards;
      return shards;
    } catch (error) {
      console.error(error);
      this.#shardsLoad = undefined;
      return undefined;
    }
  }

  /** Fetches the index chunks of `query` while the reader is still typing. */
  preload(query: string): void {
    if (query !== '') void this.#pagefind.then((pagefind) => pagefind.preload(query));
  }

  /** Merges the first `count` older shards into every later search, each once. */
  async #mergeArchive(count: number): Promise<void> {
    const merges = this.#shards.slice(0, count).map(({ path }) => {
      let merge = this.#merges.get(path);
      if (!merge) {
        merge = this.#pagefind
          .then((pagefind) => pagefind.mergeIndex(path))
          .then(() => {
            this.#merged.add(path);
            // The merged shard has filter indexes of its own, not loaded yet.
            this.#loadedFilters.clear();
            this.#filterLoads.clear();
          });
        // A later search merges it again.
        merge.catch(() => this.#merges.delete(path));
        this.#merges.set(path, merge);
      }
      return merge;
    });
    await Promise.all(merges);
  }

  /** How far back the merged shards reach. */
  #reach(): ArchiveReach {
    const merged = this.#shards.findIndex(({ path }) => !this.#merged.has(path));
    return reachOf(this.#shards, merged === -1 ? this.#shards.length : merged);
  }

  /**
   * Fetches the indexes of filters `names`. With a large archive the four filter indexes
   * outweigh everything a query needs, so each is fetched once the reader opens its filter.
   */
  loadFilters(
    names: readonly SearchFilterName[],
    query: string,
  ): Promise<PromiseSettledResult<void>[]> {
    return Promise.allSettled(names.map((name) => this.#loadFilter(name, query)));
  }

  #loadFilter(name: SearchFilterName, query: string): Promise<void> {
    let load = this.#filterLoads.get(name);
    if (!load) {
      // Pagefind fetches the index of every filter a search names, and an empty `any` keeps
      // every result; `preload` stops once the indexes are in.
      load = this.#pagefind
        .then((pagefind) => pagefind.preload(query, { filters: { [name]: { any: [] } } }))
        .then(() => void this.#loadedFilters.add(name));
      // The next opening of the filter tries again.
      load.catch(() => this.#filterLoads.delete(name));
      this.#filterLoads.set(name, load);
    }
    return load;
  }

  /** The filters a search with `state` counts: those loaded and those it names. */
  #countedFilters(state: SearchState): Set<SearchFilterName> {
    const picked = SEARCH_FILTER_NAMES.filter((name) => (state.filters[name] ?? []).length > 0);
    return new Set([...this.#loadedFilters, ...picked]);
  }

  /**
   * Runs a search and loads its first `firstPageSize` results, or finds nothing when Pagefind
   * only matched through its prefix fallback (see `prefix-fallback.ts`): each word is also
   * searched whole, which costs no download, as its index chunks are already loaded.
   */
  async search(state: SearchState, firstPageSize: number): Promise<SearchAnswer> {
    // Without the list of the older shards, the search answers from what is merged already. A
    // list an earlier search is fetching is awaited too: that search merges shards once it has it.
    if (state.archive === 'recent') await this.#shardsLoad;
    const archiveUnavailable = state.archive !== 'recent' && !(await this.archiveShards());
    // Shards an earlier search started merging are awaited too: Pagefind searches them all.
    const wanted = shardsReaching(this.#shards, state.archive);
    await this.#mergeArchive(Math.max(wanted, this.#merges.size));
    const pagefind = await this.#pagefind;
    const reach = this.#reach();
    const counted = this.#countedFilters(state);
    const { query } = state;
    const response = await pagefind.search(query, searchOptions(state));
    const terms = queryTerms(query);
    const [firstPage, wholeWordHits] = await Promise.all([
      Promise.all(response.results.slice(0, firstPageSize).map((result) => result.data())),
      Promise.all(
        terms.map(async (term) => (await pagefind.search(`"${term}"`)).unfilteredResultCount),
      ),
    ]);
    for (const name of counted) this.#loadedFilters.add(name);
    const matched = firstPage.flatMap(matchedWords);
    if (response.unfilteredResultCount === 0 || !isGenuineMatch(terms, wholeWordHits, matched)) {
      return { ...NOTHING, counted, reach, archiveUnavailable };
    }
    return {
      matched: true,
      results: response.results,
      firstPage,
      counts: await this.#followingCounts(pagefind, state, response.filters),
      counted,
      reach,
      archiveUnavailable,
    };
  }

  /** Counts of `state`'s search once the indexes of filters `names` are loaded. */
  async countFilters(
    state: SearchState,
    names: readonly SearchFilterName[],
  ): Promise<{
    counts: PagefindFilterCounts;
    counted: ReadonlySet<SearchFilterName>;
    failed: SearchFilterName[];
  }> {
    const loads = await this.loadFilters(names, state.query);
    const pagefind = await this.#pagefind;
    // Same words and filters: Pagefind answers from the chunks it already holds.
    const { filters } = await pagefind.search(state.query, searchOptions(state));
    return {
      counts: await this.#followingCounts(pagefind, state, filters),
      counted: this.#countedFilters(state),
      failed: names.filter((_, i) => loads[i]?.status === 'rejected'),
    };
  }

  async #followingCounts(
    pagefind: PagefindCalls,
    state: SearchState,
    filtered: PagefindFilterCounts,
  ): Promise<PagefindFilterCounts> {
    const own = await Promise.all(
      countingSearches(state.filters).map(
        async ({ name, filters }) =>
          [
            name,
            (await pagefind.search(state.query, searchOptions({ ...state, filters }))).filters,
          ] as const,
      ),
    );
    return combineCounts(filtered, new Map(own));
  }
}
