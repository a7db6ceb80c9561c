/**
 * Every sentence the search page writes at run time, in Italian, in one place. The static text
 * (labels, headings, the dev notice) lives in the `SearchPage` component.
 */
import { ITALIAN_MONTHS } from '../dates/italian-months';
import type { ArchiveReach } from './search-state';
import type { YearMonth } from './year-month';

/** Fixed messages. */
export const SEARCH_MESSAGES = {
  idle: 'Scrivi una o più parole per cercare negli articoli.',
  unavailable: 'La ricerca non è disponibile in questo momento. Riprova tra poco.',
  archiveUnavailable:
    'Gli articoli più vecchi non sono disponibili in questo momento. Riprova tra poco.',
  noResultsHint: 'Controlla come hai scritto le parole, prova sinonimi o togli qualche filtro.',
  loadMore: 'Mostra altri risultati',
  clearFilters: 'Togli tutti i filtri',
  loadingFilters: 'Caricamento dei valori…',
  filtersUnavailable: 'Filtri non disponibili in questo momento.',
  searchArchive: 'Cerca anche negli articoli più vecchi',
  loadingArchive: 'Caricamento degli articoli più vecchi…',
  wholeArchive: 'Risultati da tutto l’archivio.',
} as const;

/**
 * Which articles the results come from: `Risultati dagli articoli dal 2025 a oggi.`, or `da
 * luglio 2024` when they start within a year, or `Risultati da tutto l’archivio.` when the search
 * reaches every article. `recentFrom` is the first month of the primary index, which a search
 * that has not reached the older articles starts at.
 */
export function searchScope(reach: ArchiveReach, recentFrom: YearMonth | undefined): string {
  const from = reach === 'all' ? undefined : reach === 'recent' ? recentFrom : reach;
  if (from === undefined) return SEARCH_MESSAGES.wholeArchive;
  const start =
    from.month === 1 ? `dal ${from.year}` : `da ${ITALIAN_MONTHS[from.month - 1]} ${from.year}`;
  return `Risultati dagli articoli ${start} a oggi.`;
}

/** What the reader searched, as the messages quote it. */
export interface SearchSummary {
  query: string;
  /** Number of results after filtering. */
  count: number;
  /** Whether filters are narrowing the results. */
  filtered: boolean;
  /** Whether the older articles were asked for and could not be loaded. */
  archiveUnavailable?: boolean;
}

const quoted = (query: string): string => `«${query}»`;

/** `Ricerca di «batterie»…`, while Pagefind works. */
export function searchingMessage(query: string): string {
  return `Ricerca di ${quoted(query)}…`;
}

/**
 * The status line above the results: `3 risultati per «batterie»`, `1 risultato per «sodio»`,
 * `Nessun risultato per «xenofobi»`, each followed by `con i filtri scelti` when filters apply,
 * and by a notice when the older articles could not be loaded.
 */
export function resultSummary({
  query,
  count,
  filtered,
  archiveUnavailable = false,
}: SearchSummary): string {
  const what =
    count === 0
      ? `Nessun risultato per ${quoted(query)}`
      : `${count} ${count === 1 ? 'risultato' : 'risultati'} per ${quoted(query)}`;
  const summary = filtered ? `${what} con i filtri scelti` : what;
  return archiveUnavailable ? `${summary}. ${SEARCH_MESSAGES.archiveUnavailable}` : summary;
}

/** `Mostra altri risultati (12 di 40)`: the load-more button, with how many are shown. */
export function loadMoreLabel(shown: number, total: number): string {
  return `${SEARCH_MESSAGES.loadMore} (${shown} di ${total})`;
}
