/**
 * The inflected forms of an article's words that a Pagefind search would not reach (pure).
 *
 * Pagefind stems every word with Snowball's Italian stemmer and finds a page when the stem of a
 * query word begins one of the page's stems. Snowball strips suffixes by their letters, not by
 * the word they belong to, so two forms of one word can end up with stems neither of which
 * begins the other: `italiano` → `ital` (its `-ano` taken for a verb's) but `italiani` →
 * `italian`; `offre` keeps its `-e` (too short for the region suffixes are taken from) while
 * `offrono` → `offron`. The record of an article then lists, in a metadata field of its own
 * (Pagefind searches metadata too, and excerpts are cut from the content alone), the regular
 * forms of its words that the stems miss, so that every form finds the article and no reader
 * ever sees a form the article does not contain.
 *
 * @see https://snowballstem.org/algorithms/italian/stemmer.html
 */
import { stemmer } from '@orama/stemmers/italian';

/** Noun and adjective endings: `italiano`, `italiana`, `italiani`, `italiane`; `utente`, `utenti`. */
const NOUN_ENDINGS = ['o', 'a', 'i', 'e'];

/** Third persons of regular verbs, singular and plural: `arriva`/`arrivano`, `offre`/`offrono`. */
const VERB_PERSONS: readonly (readonly [string, string])[] = [
  ['a', 'ano'],
  ['e', 'ono'],
];

/**
 * Fewest letters a form keeps before its ending. Shorter words are mostly articles and
 * prepositions (`una`, `uno`; `sono` is not `se` + `-ono`), whose endings are not inflections.
 */
const MIN_BASE = 3;

/** ASCII punctuation, where Pagefind also splits a word into parts (`dell'auto`, not `dell’auto`). */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * The words Pagefind indexes in `text`, in the form it stems them: each whitespace-separated
 * word with its letters and digits alone, and its parts between ASCII punctuation, in lower case
 * and without diacritics. With `common`, only those the text writes in lower case: a word
 * written only with a capital is a name (`Anna` is no form of `anno`).
 */
function indexedWords(text: string, common = false): Set<string> {
  const words = new Set<string>();
  const plain = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, '');
  const bare = text.normalize('NFD').replace(/\p{M}/gu, '');
  for (const written of bare.split(/\s+/)) {
    const word = written.toLocaleLowerCase('it');
    if (common && word !== written) continue;
    words.add(plain(word));
    if (!ASCII_PUNCTUATION.test(word)) continue;
    for (const part of word.split(ASCII_PUNCTUATION)) if (part.length > 1) words.add(plain(part));
  }
  words.delete('');
  return words;
}

/**
 * The regular forms of `word` besides itself, by its ending alone: the other three endings of a
 * noun or adjective, and the other third person of a verb. A word that is not one of these gets
 * forms that are not words, which {@link unreachedForms} drops.
 */
export function regularSiblings(word: string): string[] {
  const forms = new Set<string>();
  const base = word.slice(0, -1);
  if (base.length >= MIN_BASE && NOUN_ENDINGS.includes(word.slice(-1))) {
    for (const ending of NOUN_ENDINGS) forms.add(base + ending);
  }
  for (const [singular, plural] of VERB_PERSONS) {
    for (const [from, to] of [
      [singular, plural],
      [plural, singular],
    ] as const) {
      const stemBase = word.slice(0, -from.length);
      if (word.endsWith(from) && stemBase.length >= MIN_BASE) forms.add(stemBase + to);
    }
  }
  forms.delete(word);
  return [...forms];
}

/** Whether a query whose stem is `queryStem` finds a page holding a word stemmed `pageStem`. */
const reaches = (queryStem: string, pageStem: string): boolean => pageStem.startsWith(queryStem);

/** Whether a query stemmed `queryStem` finds one of `sorted` stems (code-unit order). */
function reachesAny(queryStem: string, sorted: readonly string[]): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < queryStem) low = middle + 1;
    else high = middle;
  }
  // The stems a query reaches sort right after it, the first of them at `low`.
  return reaches(queryStem, sorted[low] ?? '');
}

/**
 * For each of `texts` (the records being written), the forms of its words that a search would
 * not reach: the regular forms of its words that the vocabulary holds, the words `texts` and
 * `lexicon` write in lower case (the archive's own words stand for the language: a regular rule
 * applied to a word it does not fit gives no word of the archive, and adds nothing), and whose
 * stems begin none of the text's stems. One form per stem, none whose stem begins another's (that one is found
 * through the longer), sorted.
 */
export function unreachedForms(
  texts: readonly string[],
  lexicon: readonly string[] = [],
  stem: (word: string) => string = stemmer,
): string[][] {
  const wordsOf = texts.map((text) => indexedWords(text));
  const vocabulary = new Set<string>();
  for (const text of [...texts, ...lexicon]) {
    for (const word of indexedWords(text, true)) vocabulary.add(word);
  }
  const stems = new Map<string, string>();
  const stemOf = (word: string): string => {
    let found = stems.get(word);
    if (found === undefined) {
      found = stem(word);
      stems.set(word, found);
    }
    return found;
  };
  return wordsOf.map((words) => {
    const candidates = [...words].flatMap((word) =>
      regularSiblings(word).filter((form) => vocabulary.has(form) && !words.has(form)),
    );
    if (candidates.length === 0) return [];
    const pageStems = [...new Set([...words].map(stemOf))].sort();
    const missing = new Map<string, string>();
    for (const form of candidates) {
      const formStem = stemOf(form);
      if (!missing.has(formStem) && !reachesAny(formStem, pageStems)) missing.set(formStem, form);
    }
    const kept = [...missing].filter(
      ([formStem]) =>
        ![...missing.keys()].some((other) => other !== formStem && reaches(formStem, other)),
    );
    return kept.map(([, form]) => form).sort();
  });
}
