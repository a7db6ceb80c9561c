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

/** A word as Pagefind indexes it, once the typographic apostrophe is dropped (see below). */
const WORD = /[\p{L}\p{N}]+/gu;

/** A word written in lower case, or starting so. */
const LOWER_CASE_WORD = /\b\p{Ll}[\p{L}\p{N}]*/gu;

/**
 * `text` as Pagefind reads its words: without diacritics, and without the typographic
 * apostrophe, which it drops from a word instead of splitting there as at ASCII punctuation
 * (`dell'auto` gives `auto`, `dell’auto` only `dellauto`).
 */
const bare = (text: string): string => text.normalize('NFD').replace(/\p{M}|’/gu, '');

/** The words Pagefind indexes in `text`, in the form it stems them: lower case. */
const indexedWords = (text: string): Set<string> =>
  new Set(bare(text).toLocaleLowerCase('it').match(WORD));

/**
 * Adds to `common` the words `text` writes in lower case: a word written only with a capital
 * is a name (`Anna` is no form of `anno`).
 */
function addCommonWords(text: string, common: Set<string>): void {
  for (const word of bare(text).match(LOWER_CASE_WORD) ?? []) common.add(word);
}

/** `compute` remembered by argument: a corpus repeats its words. */
function remembered<T>(compute: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let value = known.get(word);
    if (value === undefined) {
      value = compute(word);
      known.set(word, value);
    }
    return value;
  };
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
  const vocabulary = new Set<string>();
  for (const text of [...texts, ...lexicon]) addCommonWords(text, vocabulary);
  const wordsOf = texts.map(indexedWords);
  const stemOf = remembered(stem);
  const formsOf = remembered((word) =>
    regularSiblings(word).filter((form) => vocabulary.has(form)),
  );
  return wordsOf.map((words) => {
    // A stem begins its word (Snowball only strips endings), so only the text's words that
    // begin with a form's stem can have a stem that does.
    const reached = (formStem: string) => {
      for (const word of words) {
        if (word.startsWith(formStem) && reaches(formStem, stemOf(word))) return true;
      }
      return false;
    };
    const missing = new Map<string, string>();
    for (const word of words) {
      for (const form of formsOf(word)) {
        if (words.has(form)) continue;
        const formStem = stemOf(form);
        if (missing.has(formStem) || reaches(formStem, stemOf(word)) || reached(formStem)) {
          continue;
        }
        missing.set(formStem, form);
      }
    }
    const kept = [...missing].filter(
      ([formStem]) =>
        ![...missing.keys()].some((other) => other !== formStem && reaches(formStem, other)),
    );
    return kept.map(([, form]) => form).sort();
  });
}
