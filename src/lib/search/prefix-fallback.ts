/**
 * Telling real matches from Pagefind's prefix fallback. When no indexed word starts with a search
 * term, Pagefind searches the longest indexed word that the term starts with instead, so
 * `commenti` finds every page with `come` and an unknown name finds every page with `i`. The
 * search page shows "Nessun risultato" in that case, as a reader expects.
 *
 * A term is genuinely matched when a whole-word search for it (`"term"`, stemmed, no prefix
 * fallback) finds pages, or when a highlighted word starts with it (a word still being typed).
 *
 * @see https://github.com/Pagefind/pagefind/issues/599
 */
import { excerptParts } from './result-view';

/** Lower case, no diacritics, no punctuation: the form Pagefind compares words in. */
export function normalizeTerm(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\p{M}\p{P}]/gu, '')
    .toLocaleLowerCase('it');
}

/** The words of a query, normalized, with the empty ones (punctuation alone) dropped. */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalizeTerm)
    .filter((term) => term !== '');
}

/** The highlighted words of Pagefind excerpts (`<mark>…</mark>`), normalized. */
export function markedWords(excerptsHtml: readonly string[]): string[] {
  return excerptsHtml
    .flatMap(excerptParts)
    .filter((part) => part.marked)
    .flatMap((part) => queryTerms(part.text));
}

/**
 * Whether results can be shown for `terms`: each term either has whole-word matches
 * (`wholeWordHits[i] > 0`) or begins one of the `marked` words.
 */
export function isGenuineMatch(
  terms: readonly string[],
  wholeWordHits: readonly number[],
  marked: readonly string[],
): boolean {
  return terms.every(
    (term, i) => (wholeWordHits[i] ?? 0) > 0 || marked.some((word) => word.startsWith(term)),
  );
}
