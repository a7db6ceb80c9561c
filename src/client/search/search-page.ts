/**
 * `<rotativa-search>`, the search page in the browser (`SearchPage.astro` holds its markup). It
 * runs the search held in the URL (`/cerca/?q=xiaomi`), keeps the URL and the browser's history
 * in step with the words, filters and order (`search-history.ts`), and on Back shows again the
 * results that were on screen, scrolled where the reader left them.
 */
import { nextReach, reachesFurther, sameReach } from '../../lib/search/archive-steps';
import {
  SEARCH_FILTERS,
  isSearchFilterName,
  type SearchFilterName,
} from '../../lib/search/filters';
import {
  SEARCH_MESSAGES,
  loadMoreLabel,
  resultSummary,
  searchScope,
  searchingMessage,
  type SearchSummary,
} from '../../lib/search/messages';
import type { PagefindFilterCounts, PagefindResult } from '../../lib/search/pagefind-api';
import { toResultView } from '../../lib/search/result-view';
import { parseYearMonth, type YearMonth } from '../../lib/search/year-month';
import {
  normalizeQuery,
  readSearchState,
  writeSearchState,
  type ArchiveReach,
  type SearchState,
} from '../../lib/search/search-state';
import {
  historyAction,
  readHistoryEntry,
  type SearchChange,
  type SearchHistoryEntry,
} from './search-history';
import { SearchIndex, fetchArchiveShards, importPagefind } from './search-index';
import { renderFilterFailure, renderFilterValues } from './render-filters';
import { renderResult } from './render-results';
import { yieldToMain } from './yield-to-main';

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

/** The parts of the page the element fills in, found once in its markup. */
interface Parts {
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
  filterGroups: Map<SearchFilterName, { details: HTMLDetailsElement; list: HTMLUListElement }>;
}

function findParts(root: HTMLElement): Parts | undefined {
  const one = <T extends Element>(selector: string) => root.querySelector<T>(selector) ?? undefined;
  const input = one<HTMLInputElement>('input[type="search"]');
  const filterGroups: Parts['filterGroups'] = new Map();
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
  return { ...(parts as Omit<Parts, 'filterGroups'>), filterGroups };
}

/**
 * Starts Pagefind's worker in a task of its own, after the element's upgrade: starting a worker
 * is not cheap on a phone, and each task of the page's load stays short. The first search waits
 * for the worker either way.
 */
const startPagefind: typeof importPagefind = async () => {
  await yieldToMain();
  return importPagefind();
};

/**
 * The search page. Attributes: `data-recent-from` (a month, `2024-07`), `data-has-archive`
 * (present when older articles have shards of their own, whose list is fetched when a search
 * first reaches past the recent articles).
 */
export class RotativaSearch extends HTMLElement {
  #parts: Parts | undefined;
  #index: SearchIndex | undefined;
  #state: SearchState = readSearchState('');
  /** The search of the current history step, as last written to the URL. */
  #stepState: SearchState = readSearchState('');
  /** Bumped by every search; an answer for an older number is dropped. */
  #searchId = 0;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #pending: PagefindResult[] = [];
  #total = 0;
  /** Whether the search on screen found its words, so its filter counts mean something. */
  #matchedShown = false;
  /** The filters whose values are on screen. */
  #shownCounts: ReadonlySet<SearchFilterName> = new Set();
  /** How far back the results on screen reach; the button goes on from there. */
  #shownReach: ArchiveReach = 'recent';
  /** What the status line says of the results on screen. */
  #shownSummary: SearchSummary | undefined;
  readonly #events = new AbortController();

  connectedCallback(): void {
    const parts = findParts(this);
    if (!parts || this.#parts) return;
    this.#parts = parts;
    const hasArchive = this.dataset['hasArchive'] !== undefined;
    this.#index = new SearchIndex(startPagefind, hasArchive ? fetchArchiveShards : undefined);
    // The page puts back its own scroll position, once the results it had are rendered again.
    history.scrollRestoration = 'manual';
    this.#listen(parts);
    void this.#showUrl(parts);
  }

  /**
   * Shows the search of the URL in a task after the upgrade's and the worker's, so that each
   * stays short. The reader's own words, typed or searched in between, win.
   */
  async #showUrl(parts: Parts): Promise<void> {
    await yieldToMain();
    if (this.#searchId > 0 || parts.input.value !== parts.input.defaultValue) return;
    this.#show(readSearchState(location.search), readHistoryEntry(history.state));
  }

  disconnectedCallback(): void {
    this.#events.abort();
  }

  get #recentFrom(): YearMonth | undefined {
    return parseYearMonth(this.dataset['recentFrom']);
  }

  /** Shows the search of the URL: on load, and when Back or Forward changes the step. */
  #show(state: SearchState, entry: SearchHistoryEntry | undefined): void {
    const parts = this.#parts!;
    this.#state = state;
    this.#stepState = state;
    parts.input.value = state.query;
    parts.order.value = state.order;
    if (state.query === '' && entry === undefined) {
      this.#setStatus(SEARCH_MESSAGES.idle);
      parts.body.hidden = true;
      parts.results.replaceChildren();
      parts.input.focus();
      return;
    }
    void this.#search(undefined, entry);
  }

  #listen(parts: Parts): void {
    const signal = this.#events.signal;
    parts.input.addEventListener(
      'input',
      () => {
        this.#state = { ...this.#state, query: normalizeQuery(parts.input.value) };
        clearTimeout(this.#typingTimer);
        this.#typingTimer = setTimeout(() => void this.#search('typing'), TYPING_DEBOUNCE_MS);
        // Fetch the index chunks for these words while the reader is still typing.
        this.#index?.preload(this.#state.query);
      },
      { signal },
    );
    // With JavaScript the form searches in place; without it, it submits to this page (GET).
    parts.form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.#state = { ...this.#state, query: normalizeQuery(parts.input.value) };
        void this.#search('submit');
      },
      { signal },
    );
    parts.order.addEventListener(
      'change',
      () => {
        this.#state = {
          ...this.#state,
          order: parts.order.value === 'data' ? 'data' : 'pertinenza',
        };
        void this.#search('order');
      },
      { signal },
    );
    parts.body.addEventListener(
      'change',
      (event) => {
        const box = event.target;
        if (!(box instanceof HTMLInputElement) || !isSearchFilterName(box.name)) return;
        const { name } = box;
        const values = (this.#state.filters[name] ?? []).filter((value) => value !== box.value);
        const filters = {
          ...this.#state.filters,
          [name]: box.checked ? [...values, box.value] : values,
        };
        this.#state = { ...this.#state, filters };
        void this.#search('filters');
      },
      { signal },
    );
    parts.clear.addEventListener(
      'click',
      () => {
        this.#state = { ...this.#state, filters: {} };
        parts.input.focus();
        void this.#search('filters');
      },
      { signal },
    );
    parts.more.addEventListener('click', () => void this.#showMore(this.#searchId), { signal });
    parts.archive.addEventListener('click', () => void this.#searchOlder(), { signal });
    for (const { details } of parts.filterGroups.values()) {
      details.addEventListener(
        'toggle',
        () => {
          if (details.open) void this.#countOpenFilters(this.#searchId);
        },
        { signal },
      );
    }
    window.addEventListener(
      'popstate',
      () => this.#show(readSearchState(location.search), readHistoryEntry(history.state)),
      { signal },
    );
    // Where the reader scrolled is kept in the step, for Back from an article.
    const keepScroll = () => this.#writeEntry(window.scrollY);
    window.addEventListener('scrollend', keepScroll, { signal });
    window.addEventListener('pagehide', keepScroll, { signal });
  }

  /**
   * Rewrites the current step's entry with the results on screen and the scroll position. Unless
   * a scroll says where it is, the entry keeps the one it has: reading `window.scrollY` right
   * after rendering results would lay the page out in the same task, a long one on a phone.
   */
  #writeEntry(scrollY = readHistoryEntry(history.state)?.scrollY ?? 0): void {
    const entry: SearchHistoryEntry = {
      shown: this.#parts?.results.childElementCount ?? 0,
      scrollY,
    };
    history.replaceState(entry, '');
  }

  /** Writes the search to the URL: a new history step or the current one (`search-history.ts`). */
  #writeUrl(change: SearchChange | undefined): void {
    const url = `${location.pathname}${writeSearchState(this.#state)}${location.hash}`;
    const current = `${location.pathname}${location.search}${location.hash}`;
    if (change !== undefined && url !== current) {
      const entry: SearchHistoryEntry = { shown: 0, scrollY: window.scrollY };
      if (historyAction(this.#stepState, this.#state, change) === 'push') {
        history.pushState(entry, '', url);
      } else {
        history.replaceState(entry, '', url);
      }
    } else if (url !== current) {
      // The search reached further back by itself: the same step, widened.
      history.replaceState(history.state, '', url);
    }
    this.#stepState = this.#state;
  }

  #setStatus(message: string, showHint = false): void {
    this.#parts!.status.textContent = message;
    this.#parts!.hint.hidden = !showHint;
  }

  #isFiltered(): boolean {
    return Object.values(this.#state.filters).some((values) => values.length > 0);
  }

  /** Fills in the filters: counted ones with their values, the others with a loading notice. */
  #renderFilters(counts: PagefindFilterCounts, counted: ReadonlySet<SearchFilterName>): void {
    const parts = this.#parts!;
    this.#shownCounts = counted;
    const focused = document.activeElement;
    const refocus =
      focused instanceof HTMLInputElement && focused.type === 'checkbox'
        ? { name: focused.name, value: focused.value }
        : undefined;
    for (const filter of SEARCH_FILTERS) {
      const group = parts.filterGroups.get(filter.name);
      if (!group) continue;
      const selected = this.#state.filters[filter.name] ?? [];
      const items = renderFilterValues({
        filter,
        counts: counts[filter.name] ?? {},
        selected,
        counted: counted.has(filter.name),
      });
      group.list.replaceChildren(...items);
      group.details.hidden = counted.has(filter.name) && items.length === 0;
      if (selected.length > 0) group.details.open = true;
    }
    parts.clear.hidden = !this.#isFiltered();
    if (refocus) {
      parts.body
        .querySelector<HTMLInputElement>(
          `input[name="${refocus.name}"][value="${CSS.escape(refocus.value)}"]`,
        )
        ?.focus();
    }
  }

  /** Loads the indexes of the open filters, then shows their counts if search `id` is on screen. */
  async #countOpenFilters(id: number): Promise<void> {
    const names = [...this.#parts!.filterGroups]
      .filter(([name, { details }]) => details.open && !this.#shownCounts.has(name))
      .map(([name]) => name);
    if (names.length === 0 || !this.#matchedShown || !this.#index) return;
    try {
      const { counts, counted, failed } = await this.#index.countFilters(this.#state, names);
      if (id !== this.#searchId) return;
      this.#renderFilters(counts, counted);
      for (const name of failed) {
        this.#parts!.filterGroups.get(name)?.list.replaceChildren(renderFilterFailure());
      }
    } catch (error) {
      console.error(error);
    }
  }

  async #showMore(id: number): Promise<void> {
    const parts = this.#parts!;
    const batch = this.#pending.splice(0, PAGE_SIZE);
    const views = (await Promise.all(batch.map((result) => result.data()))).map(toResultView);
    if (id !== this.#searchId) return;
    const items = views.map(renderResult);
    parts.results.append(...items);
    this.#showMoreButton();
    this.#writeEntry();
    // Keyboard and screen-reader users continue from the first new result.
    items[0]?.querySelector('a')?.focus();
  }

  #showMoreButton(): void {
    const { more, results } = this.#parts!;
    more.hidden = this.#pending.length === 0;
    more.textContent = loadMoreLabel(results.childElementCount, this.#total);
  }

  /** "Cerca anche negli articoli più vecchi": the next step back from the results on screen. */
  async #searchOlder(): Promise<void> {
    const parts = this.#parts!;
    const id = this.#searchId;
    parts.archive.textContent = SEARCH_MESSAGES.loadingArchive;
    const shards = await this.#index!.archiveShards();
    if (shards) {
      // From what is on screen: a second click while a step loads asks for the same step.
      this.#state = { ...this.#state, archive: nextReach(shards, this.#shownReach) };
      void this.#search('archive');
      return;
    }
    // A search started meanwhile says what is on screen; otherwise the results stay, and the
    // button tries again.
    if (id !== this.#searchId || !this.#shownSummary) return;
    parts.archive.textContent = SEARCH_MESSAGES.searchArchive;
    this.#setStatus(resultSummary({ ...this.#shownSummary, archiveUnavailable: true }));
  }

  /**
   * Runs the current search. `change` says what started it (`undefined`: the URL, on load or
   * Back); `restore`, the step's entry to bring back: how many results, and the scroll.
   */
  async #search(change: SearchChange | undefined, restore?: SearchHistoryEntry): Promise<void> {
    const parts = this.#parts!;
    const index = this.#index!;
    const id = ++this.#searchId;
    clearTimeout(this.#typingTimer);
    this.#writeUrl(change);
    const state = this.#state;
    if (state.query === '') {
      parts.body.hidden = true;
      parts.results.replaceChildren();
      this.#setStatus(SEARCH_MESSAGES.idle);
      return;
    }
    const slow = setTimeout(() => this.#setStatus(searchingMessage(state.query)), SLOW_SEARCH_MS);
    parts.results.setAttribute('aria-busy', 'true');
    try {
      if (reachesFurther(state.archive, this.#shownReach)) {
        parts.archive.textContent = SEARCH_MESSAGES.loadingArchive;
      }
      const answer = await index.search(state, Math.max(FIRST_PAGE_SIZE, restore?.shown ?? 0));
      if (id !== this.#searchId) return;
      const { reach } = answer;
      // Words typed since the search started have their own search pending: widening this
      // one would put the older words back in the state, and in the URL.
      const current = this.#state === state;
      let { archiveUnavailable } = answer;
      // Nothing this far back: the next step of older articles is searched without asking.
      if (
        answer.results.length === 0 &&
        index.hasArchive &&
        reach !== 'all' &&
        !archiveUnavailable
      ) {
        if (!current) return;
        const shards = await index.archiveShards();
        if (id !== this.#searchId || this.#state !== state) return;
        if (shards) {
          this.#state = { ...state, archive: nextReach(shards, reach) };
          void this.#search(undefined, restore);
          return;
        }
        archiveUnavailable = true;
      }
      // Shards merged for an earlier search answer this one too: the URL says how far it reaches.
      // Older articles that could not be loaded stay in the URL, so a reload asks for them again.
      if (current && !archiveUnavailable && !sameReach(reach, state.archive)) {
        this.#state = { ...state, archive: reach };
        this.#writeUrl(undefined);
      }
      this.#shownReach = reach;
      this.#matchedShown = answer.matched;
      this.#total = answer.results.length;
      this.#pending = answer.results.slice(answer.firstPage.length);
      parts.results.replaceChildren(
        ...answer.firstPage.map((data) => renderResult(toResultView(data))),
      );
      this.#showMoreButton();
      this.#renderFilters(answer.counts, answer.counted);
      const wholeArchive = reach === 'all' || !index.hasArchive;
      parts.scope.textContent = searchScope(wholeArchive ? 'all' : reach, this.#recentFrom);
      const keyboardOnArchive = document.activeElement === parts.archive;
      parts.archive.hidden = wholeArchive;
      parts.archive.textContent = SEARCH_MESSAGES.searchArchive;
      // The last step hides the button the reader pressed: they go on from the first result.
      if (keyboardOnArchive && wholeArchive) parts.results.querySelector('a')?.focus();
      parts.body.hidden = !answer.matched && !this.#isFiltered();
      this.#shownSummary = { query: state.query, count: this.#total, filtered: this.#isFiltered() };
      this.#setStatus(
        resultSummary({ ...this.#shownSummary, archiveUnavailable }),
        this.#total === 0,
      );
      // A filter opened while this search ran (or whose index failed) is counted now.
      void this.#countOpenFilters(id);
      if (restore) window.scrollTo(0, restore.scrollY);
      this.#writeEntry();
    } catch (error) {
      if (id !== this.#searchId) return;
      console.error(error);
      parts.body.hidden = true;
      this.#setStatus(SEARCH_MESSAGES.unavailable);
    } finally {
      clearTimeout(slow);
      if (id === this.#searchId) parts.results.removeAttribute('aria-busy');
    }
  }
}

// The upgrade (constructor, `connectedCallback`) runs in a task of its own: in the module's, after
// its evaluation and the parser's end of the document, it made that task a long one on a phone.
void yieldToMain().then(() => customElements.define('rotativa-search', RotativaSearch));
