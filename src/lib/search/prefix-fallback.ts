/**
 * Telling real matches from Pagefind's prefix fallback. When no indexed word starts with a search
 * term, Pagefind searches the longest indexed word that the term starts with instead, so
 * `commenti` finds every page with `come` and an unknown name finds every page with `i`. The
 * search page shows "Nessun risultato" in that case, as a reader expects.
 *
 * A term is genuinely matched when a whole-word search for it (`"term"`, no prefix fallback)
 * finds pages, or when a word Pagefind matched shares enough of its beginning (see
 * {@link sharesStem}). Pagefind reports where the matched words are, so a fallback shows up as
 * matched words much shorter than the term (`come` for `commenti`).
 *
 * @see https://github.com/Pagefind/pagefind/issues/599
 */
import { SITE } from '../../site.config';

/** Lower case, no diacritics, no punctuation: the form Pagefind compares words in. */
export function normalizeTerm(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\p{M}\p{P}]/gu, '')
    .toLocaleLowerCase(SITE.locale);
}

/** The words of a query, normalized, with the empty ones (punctuation alone) dropped. */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalizeTerm)
    .filter((term) => term !== '');
}

/** Pagefind's word positions count the page text split at whitespace. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/**
 * The words Pagefind matched in a loaded result, normalized: each word at `locations` in
 * `content`, whole (`dell’auto` → `dellauto`, as Pagefind reads a query) and in its parts
 * (`dell`, `auto`, as Pagefind indexes elided and hyphenated words).
 */
export function matchedWords({
  content,
  locations,
}: {
  content: string;
  locations: readonly number[];
}): string[] {
  const words = content.split(WORD_SEPARATORS);
  return locations.flatMap((location) => {
    const word = words[location] ?? '';
    return [word, ...word.split(/[^\p{L}\p{N}_]+/u)]
      .map(normalizeTerm)
      .filter((part, i, all) => part !== '' && all.indexOf(part) === i);
  });
}

/** Shortest shared beginning that counts as the same word, unless the term itself is shorter. */
const MIN_SHARED = 4;
/** Share of the term's letters a matched word must begin with. */
const SHARED_RATIO = 0.6;

/**
 * Whether matched `word` is a form of search `term`: they begin with the same 60% of the
 * term (at least 4 letters, or the whole term when shorter). Italian inflections share far more
 * (`mercati`/`mercato`, `nordamericani`/`nordamericano`), and so does a word being typed
 * (`batt`/`batteria`); Pagefind's fallback words share much less (`commenti`/`come`).
 */
export function sharesStem(term: string, word: string): boolean {
  let shared = 0;
  while (shared < term.length && term[shared] === word[shared]) shared += 1;
  const needed = Math.min(term.length, Math.max(MIN_SHARED, Math.ceil(term.length * SHARED_RATIO)));
  return shared >= needed;
}

/**
 * Whether results can be shown for `terms`: each term either has whole-word matches
 * (`wholeWordHits[i] > 0`) or is a form of one of the `matched` words.
 */
export function isGenuineMatch(
  terms: readonly string[],
  wholeWordHits: readonly number[],
  matched: readonly string[],
): boolean {
  return terms.every(
    (term, i) => (wholeWordHits[i] ?? 0) > 0 || matched.some((word) => sharesStem(term, word)),
  );
}
