/**
 * The search page in the browser (`SearchPage.astro` holds the markup). It loads Pagefind's JS
 * API from the built bundle, runs the search held in the URL (`/cerca/?q=xiaomi`) and keeps the
 * URL in step with the form, the filters and the order through `history.replaceState`, so a
 * search can be shared and Back leaves the page instead of replaying keystrokes.
 *
 * Everything is rendered with DOM APIs and text nodes: no inline script, style or HTML string,
 * so the page works under a `script-src 'self' 'wasm-unsafe-eval'` Content-Security-Policy.
 */
import {
  SEARCH_FILTERS,
  SEARCH_FILTER_NAMES,
  isSearchFilterName,
  orderFilterValues,
  toPagefindFilters,
  type SearchFilterName,
} from '../lib/search/filters';
import {
  SEARCH_MESSAGES,
  loadMoreLabel,
  recentScope,
  resultSummary,
  searchingMessage,
} from '../lib/search/messages';
import type {
  PagefindApi,
  PagefindFilterCounts,
  PagefindResult,
  PagefindResultData,
  PagefindSearchOptions,
} from '../lib/search/pagefind-api';
import { PAGEFIND_BUNDLE } from '../lib/search/pagefind-bundle';
import { isGenuineMatch, matchedWords, queryTerms } from '../lib/search/prefix-fallback';
import { excerptParts, toResultView, type SearchResultView } from '../lib/search/result-view';
import {
  normalizeQuery,
  readSearchState,
  writeSearchState,
  type SearchOrder,
  type SearchState,
} from '../lib/search/search-state';

/**
 * Results rendered with the first answer: each needs its own fragment download (2-3 KB gzipped),
 * so the first answer asks for no more than a screenful.
 */
const FIRST_PAGE_SIZE = 5;
/** Results added by each "Mostra altri risultati". */
const PAGE_SIZE = 10;
/** Pause in typing before searching (Pagefind's own UIs wait 300 ms). */
const TYPING_DEBOUNCE_MS = 250;
/** A search slower than this shows "Ricerca di «…»…". */
const SLOW_SEARCH_MS = 400;
/** Excerpt length in words. */
const EXCERPT_WORDS = 26;

interface Elements {
  input: HTMLInputElement;
  form: HTMLFormElement;
  status: HTMLElement;
  hint: HTMLElement;
  body: HTMLElement;
  order: HTMLSelectElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  archive: HTMLButtonElement;
  scope: HTMLElement;
  clear: HTMLButtonElement;
  /** First year of the recent index, when the site has articles. */
  recentFrom: number | undefined;
  /** Base paths of the older years' shards, newest first. */
  archivePaths: string[];
  filterGroups: Map<SearchFilterName, { details: HTMLDetailsElement; list: HTMLUListElement }>;
}

function readArchivePaths(root: HTMLElement): string[] {
  try {
    const paths: unknown = JSON.parse(root.dataset['archivePaths'] ?? '[]');
    return Array.isArray(paths) ? paths.filter((path) => typeof path === 'string') : [];
  } catch {
    return [];
  }
}

function findElements(root: HTMLElement): Elements | undefined {
  const one = <T extends Element>(selector: string) => root.querySelector<T>(selector) ?? undefined;
  const input = one<HTMLInputElement>('input[type="search"]');
  const filterGroups: Elements['filterGroups'] = new Map();
  for (const { name } of SEARCH_FILTERS) {
    const details = one<HTMLDetailsElement>(`[data-filter="${name}"]`);
    const list = one<HTMLUListElement>(`[data-filter-values="${name}"]`);
    if (details && list) filterGroups.set(name, { details, list });
  }
  const parts = {
    input,
    form: input?.form ?? undefined,
    status: one<HTMLElement>('[data-search-status]'),
    hint: one<HTMLElement>('[data-search-hint]'),
    body: one<HTMLElement>('[data-search-body]'),
    order: one<HTMLSelectElement>('[data-search-order]'),
    results: one<HTMLOListElement>('[data-search-results]'),
    more: one<HTMLButtonElement>('[data-search-more]'),
    archive: one<HTMLButtonElement>('[data-search-archive]'),
    scope: one<HTMLElement>('[data-search-scope]'),
    clear: one<HTMLButtonElement>('[data-search-clear]'),
  };
  if (Object.values(parts).some((part) => part === undefined)) return undefined;
  const recentFrom = Number(root.dataset['recentFrom']);
  return {
    ...(parts as Omit<Elements, 'filterGroups' | 'recentFrom' | 'archivePaths'>),
    filterGroups,
    recentFrom: Number.isInteger(recentFrom) ? recentFrom : undefined,
    archivePaths: readArchivePaths(root),
  };
}

async function loadPagefind(): Promise<PagefindApi> {
  // A runtime URL: the bundle is written after Vite has built this script.
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_BUNDLE.script)) as PagefindApi;
  // In a worker Pagefind downloads its runtime twice (`pagefind.js` and `pagefind-worker.js`,
  // 12 KB gzipped more); one search over a 10,000-page index takes a few milliseconds on the
  // page's own thread.
  await pagefind.options({ excerptLength: EXCERPT_WORDS, excerptEllipsis: '…', noWorker: true });
  await pagefind.init();
  return pagefind;
}

/**
 * A search's results, the loaded first page of them, and the filter counts for its words (only
 * for the filter indexes already loaded).
 */
interface FoundResults {
  /** Whether the words themselves were found, whatever the filters left. */
  matched: boolean;
  results: PagefindResult[];
  firstPage: PagefindResultData[];
  filterCounts: PagefindFilterCounts;
}

/**
 * Runs a search and loads its first page, or finds nothing when Pagefind only matched through
 * its prefix fallback (see `prefix-fallback.ts`): each word is also searched whole, which costs
 * no download, as the index chunks are already loaded.
 */
async function findResults(
  pagefind: PagefindApi,
  query: string,
  options: PagefindSearchOptions,
): Promise<FoundResults> {
  const response = await pagefind.search(query, options);
  const terms = queryTerms(query);
  const [firstPage, wholeWordHits] = await Promise.all([
    Promise.all(response.results.slice(0, FIRST_PAGE_SIZE).map((result) => result.data())),
    Promise.all(
      terms.map(async (term) => (await pagefind.search(`"${term}"`)).unfilteredResultCount),
    ),
  ]);
  const matched = firstPage.flatMap(matchedWords);
  if (response.unfilteredResultCount === 0 || !isGenuineMatch(terms, wholeWordHits, matched)) {
    return { matched: false, results: [], firstPage: [], filterCounts: {} };
  }
  return {
    matched: true,
    results: response.results,
    firstPage,
    filterCounts: response.totalFilters,
  };
}

function renderResult(view: SearchResultView): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';

  const title = document.createElement('h3');
  title.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = view.url;
  link.textContent = view.title;
  title.append(link);

  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  for (const [text, className] of [
    [view.category, 'search-result__category'],
    [view.date, 'search-result__date'],
  ] as const) {
    if (text === undefined) continue;
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    meta.append(span);
  }

  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  for (const part of excerptParts(view.excerptHtml)) {
    if (!part.marked) {
      excerpt.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    excerpt.append(mark);
  }

  const text = document.createElement('div');
  text.className = 'search-result__text';
  text.append(title, ...(meta.childElementCount > 0 ? [meta] : []), excerpt);
  item.append(text);

  return item;
}

function startSearchPage(ui: Elements, pagefindReady: Promise<PagefindApi>): void {
  // Search answers count the values of a filter only once its index is loaded. With a large
  // archive the four indexes outweigh everything a query needs (123 KB gzipped at 10,000
  // articles), so each is fetched when the reader opens its filter, or by the search itself
  // when the URL picks one of its values.
  const loadedFilters = new Set<SearchFilterName>();
  const filterLoads = new Map<SearchFilterName, Promise<void>>();
  const loadFilter = (name: SearchFilterName, query: string): Promise<void> => {
    let load = filterLoads.get(name);
    if (!load) {
      // Pagefind fetches the index of every filter a search names, and an empty `any` keeps
      // every result; `preload` stops once the indexes are in.
      load = pagefindReady
        .then((pagefind) => pagefind.preload(query, { filters: { [name]: { any: [] } } }))
        .then(() => {
          loadedFilters.add(name);
        });
      // The next opening of the filter tries again.
      load.catch(() => filterLoads.delete(name));
      filterLoads.set(name, load);
    }
    return load;
  };
  let state: SearchState = readSearchState(window.location.search);
  let archiveLoad: Promise<void> | undefined;
  /** Merges the older years' shards into the searched index, once. */
  const loadArchive = (): Promise<void> => {
    archiveLoad ??= pagefindReady
      .then((pagefind) => Promise.all(ui.archivePaths.map((path) => pagefind.mergeIndex(path))))
      .then(() => {
        // The merged shards have filter indexes of their own, not loaded yet.
        loadedFilters.clear();
        filterLoads.clear();
      });
    archiveLoad.catch(() => (archiveLoad = undefined));
    return archiveLoad;
  };
  const hasArchive = ui.archivePaths.length > 0;
  /** Bumped by every search; an answer for an older number is dropped. */
  let searchId = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: PagefindResult[] = [];
  let total = 0;
  /** Whether the search on screen found its words, so its filter counts mean something. */
  let matchedShown = false;

  ui.input.value = state.query;
  ui.order.value = state.order;

  const syncUrl = () => {
    const url = `${window.location.pathname}${writeSearchState(state)}${window.location.hash}`;
    const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (url !== current) window.history.replaceState(window.history.state, '', url);
  };

  const isFiltered = () => Object.values(state.filters).some((values) => values.length > 0);

  const setStatus = (message: string, showHint = false) => {
    ui.status.textContent = message;
    ui.hint.hidden = !showHint;
  };

  const searchOptions = (): PagefindSearchOptions => ({
    filters: toPagefindFilters(state.filters),
    ...(state.order === 'data' && { sort: { date: 'desc' } }),
  });

  /** The filters whose values are on screen. */
  let shownCounts: ReadonlySet<SearchFilterName> = new Set();

  /** The filters whose values a search with these options counts. */
  const countedFilters = (): Set<SearchFilterName> => {
    const picked = SEARCH_FILTER_NAMES.filter((name) => (state.filters[name] ?? []).length > 0);
    return new Set([...loadedFilters, ...picked]);
  };

  /**
   * Fills in the filters: the `counted` ones with their values and counts, the others with a
   * notice until their index is loaded.
   */
  const renderFilters = (counts: PagefindFilterCounts, counted: ReadonlySet<SearchFilterName>) => {
    shownCounts = counted;
    const focused = document.activeElement;
    const refocus =
      focused instanceof HTMLInputElement && focused.type === 'checkbox'
        ? { name: focused.name, value: focused.value }
        : undefined;
    for (const filter of SEARCH_FILTERS) {
      const group = ui.filterGroups.get(filter.name);
      if (!group) continue;
      const selected = state.filters[filter.name] ?? [];
      const values = orderFilterValues(filter, counts[filter.name] ?? {});
      // A picked value stays on screen even when these words have no result for it.
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
      if (!counted.has(filter.name)) {
        const loading = document.createElement('li');
        loading.className = 'search-filter__loading';
        loading.textContent = SEARCH_MESSAGES.loadingFilters;
        items.push(loading);
      }
      group.list.replaceChildren(...items);
      group.details.hidden = counted.has(filter.name) && items.length === 0;
      if (selected.length > 0) group.details.open = true;
    }
    ui.clear.hidden = !isFiltered();
    if (refocus) {
      ui.body
        .querySelector<HTMLInputElement>(
          `input[name="${refocus.name}"][value="${CSS.escape(refocus.value)}"]`,
        )
        ?.focus();
    }
  };

  /** The open filters whose values are not on screen. */
  const uncountedOpenFilters = (): SearchFilterName[] =>
    [...ui.filterGroups]
      .filter(([name, { details }]) => details.open && !shownCounts.has(name))
      .map(([name]) => name);

  /**
   * Loads the indexes of the open filters, then shows their counts for the search `id` if it
   * is still on screen.
   */
  const countOpenFilters = async (id: number) => {
    const names = uncountedOpenFilters();
    if (names.length === 0 || !matchedShown) return;
    const loads = await Promise.allSettled(names.map((name) => loadFilter(name, state.query)));
    if (id !== searchId) return;
    try {
      const pagefind = await pagefindReady;
      // Same words and filters: Pagefind answers from the chunks it already holds.
      const { totalFilters } = await pagefind.search(state.query, searchOptions());
      if (id !== searchId) return;
      renderFilters(totalFilters, countedFilters());
    } catch (error) {
      console.error(error);
      return;
    }
    for (const [i, load] of loads.entries()) {
      if (load.status === 'fulfilled') continue;
      console.error(load.reason);
      const item = document.createElement('li');
      item.textContent = SEARCH_MESSAGES.filtersUnavailable;
      ui.filterGroups.get(names[i]!)?.list.replaceChildren(item);
    }
  };

  const showMore = async (id: number) => {
    const batch = pending.splice(0, PAGE_SIZE);
    const views = (await Promise.all(batch.map((result) => result.data()))).map(toResultView);
    if (id !== searchId) return;
    const items = views.map(renderResult);
    ui.results.append(...items);
    const shown = ui.results.childElementCount;
    ui.more.hidden = pending.length === 0;
    ui.more.textContent = loadMoreLabel(shown, total);
    // Keyboard and screen-reader users continue from the first new result.
    items[0]?.querySelector('a')?.focus();
  };

  const search = async () => {
    const id = ++searchId;
    clearTimeout(typingTimer);
    syncUrl();
    const { query } = state;
    if (query === '') {
      ui.body.hidden = true;
      ui.results.replaceChildren();
      setStatus(SEARCH_MESSAGES.idle);
      return;
    }

    const slow = setTimeout(() => setStatus(searchingMessage(query)), SLOW_SEARCH_MS);
    ui.results.setAttribute('aria-busy', 'true');
    try {
      if (state.archive && hasArchive) {
        ui.archive.textContent = SEARCH_MESSAGES.loadingArchive;
        await loadArchive();
      }
      const pagefind = await pagefindReady;
      const counted = countedFilters();
      const { matched, results, firstPage, filterCounts } = await findResults(
        pagefind,
        query,
        searchOptions(),
      );
      if (id !== searchId) return;
      // The recent years have nothing: the older ones are searched without asking.
      if (results.length === 0 && hasArchive && !state.archive) {
        state = { ...state, archive: true };
        void search();
        return;
      }
      matchedShown = matched;
      // The search fetched the indexes of the filters it names.
      for (const name of counted) loadedFilters.add(name);

      total = results.length;
      pending = results.slice(firstPage.length);
      ui.results.replaceChildren(...firstPage.map((data) => renderResult(toResultView(data))));
      ui.more.hidden = pending.length === 0;
      ui.more.textContent = loadMoreLabel(ui.results.childElementCount, total);
      renderFilters(filterCounts, counted);
      const wholeArchive = state.archive || !hasArchive;
      ui.scope.textContent =
        wholeArchive || ui.recentFrom === undefined
          ? SEARCH_MESSAGES.wholeArchive
          : recentScope(ui.recentFrom);
      ui.archive.hidden = wholeArchive;
      ui.archive.textContent = SEARCH_MESSAGES.searchArchive;
      // A filter opened while this search ran (or whose index failed) is counted now.
      void countOpenFilters(id);
      ui.body.hidden = !matched && !isFiltered();
      setStatus(resultSummary({ query, count: total, filtered: isFiltered() }), total === 0);
    } catch (error) {
      if (id !== searchId) return;
      console.error(error);
      ui.body.hidden = true;
      setStatus(SEARCH_MESSAGES.unavailable);
    } finally {
      clearTimeout(slow);
      if (id === searchId) ui.results.removeAttribute('aria-busy');
    }
  };

  ui.input.addEventListener('input', () => {
    state = { ...state, query: normalizeQuery(ui.input.value) };
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void search(), TYPING_DEBOUNCE_MS);
    // Fetch the index chunks for these words while the reader is still typing.
    if (state.query !== '') void pagefindReady.then((pagefind) => pagefind.preload(state.query));
  });

  // With JavaScript the form searches in place; without it, it submits to this page (GET).
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, query: normalizeQuery(ui.input.value) };
    void search();
  });

  ui.order.addEventListener('change', () => {
    const order: SearchOrder = ui.order.value === 'data' ? 'data' : 'pertinenza';
    state = { ...state, order };
    void search();
  });

  ui.body.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !isSearchFilterName(box.name)) return;
    const { name } = box;
    const values = (state.filters[name] ?? []).filter((value) => value !== box.value);
    state = {
      ...state,
      filters: { ...state.filters, [name]: box.checked ? [...values, box.value] : values },
    };
    void search();
  });

  ui.clear.addEventListener('click', () => {
    state = { ...state, filters: {} };
    ui.input.focus();
    void search();
  });

  ui.more.addEventListener('click', () => void showMore(searchId));

  ui.archive.addEventListener('click', () => {
    state = { ...state, archive: true };
    void search();
  });

  for (const { details } of ui.filterGroups.values()) {
    details.addEventListener('toggle', () => {
      if (details.open) void countOpenFilters(searchId);
    });
  }

  if (state.query === '') {
    setStatus(SEARCH_MESSAGES.idle);
    ui.input.focus();
  } else {
    void search();
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
const elements = root ? findElements(root) : undefined;
if (elements) {
  const pagefindReady = loadPagefind();
  pagefindReady.catch(() => undefined);
  startSearchPage(elements, pagefindReady);
}
