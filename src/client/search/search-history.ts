/**
 * How searches become steps of the browser's history (pure). Each search has its URL
 * (`search-state.ts`); this decides whether a new search adds a step or rewrites the current one,
 * and reads what a step remembers beyond its URL: how many results were shown and where the page
 * was scrolled, so Back puts the reader where they were.
 */
import type { SearchState } from '../../lib/search/search-state';

/** What caused a new search. */
export type SearchChange = 'typing' | 'submit' | 'filters' | 'order' | 'archive';

/** A history step of `/cerca/`, beyond its URL (`history.state`). */
export interface SearchHistoryEntry {
  /** Results on screen ("Mostra altri" adds to them). */
  shown: number;
  /** `scrollY` of the page, in CSS pixels. */
  scrollY: number;
}

/**
 * `push` for a new step, `replace` to rewrite the current one. Typing that extends or trims
 * the words of the current step (`sod` → `sodio`, a typo fixed) refines it; other words, other
 * filters or another order are a new step. Reaching the older years widens the same search, and
 * the first words typed on an empty page have no earlier search to go back to.
 */
export function historyAction(
  from: SearchState,
  to: SearchState,
  change: SearchChange,
): 'push' | 'replace' {
  if (change === 'archive' || from.query === '') return 'replace';
  if (change === 'filters' || change === 'order') return 'push';
  if (from.query === to.query) return 'replace';
  const refines = from.query.startsWith(to.query) || to.query.startsWith(from.query);
  return change === 'typing' && refines ? 'replace' : 'push';
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** The entry kept in `history.state`, or `undefined` when the step has none (a fresh visit). */
export function readHistoryEntry(state: unknown): SearchHistoryEntry | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { shown, scrollY } = state as Record<string, unknown>;
  if (!isCount(shown) || !isCount(scrollY)) return undefined;
  return { shown: Math.floor(shown), scrollY };
}
