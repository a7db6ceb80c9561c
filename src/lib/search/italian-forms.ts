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
 * Two steps, so that the archive's part is small: {@link formCandidates} depends on one text
 * alone, and {@link keptForms} keeps the candidates the archive writes.
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
 * The words `text` writes in lower case, which stand for the language when a form is kept: a
 * word written only with a capital is a name (`Anna` is no form of `anno`).
 */
export const lowerCaseWords = (text: string): string[] => bare(text).match(LOWER_CASE_WORD) ?? [];

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
 * forms that are not words, which {@link keptForms} drops.
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

/** A stemmer that stems each word once, for the whole run of a process. */
export type Stem = (word: string) => string;

/** Snowball's Italian stemmer, each word stemmed once. */
export const rememberedStemmer = (stem: Stem = stemmer): Stem => remembered(stem);

/**
 * The regular forms of the words of `text` that a search would not reach in it: not in the
 * text, and with a stem that begins none of the text's stems. Sorted; most are not words
 * (`arrivani` from `arrivano`), which {@link keptForms} leaves out.
 */
export function formCandidates(text: string, stem: Stem): string[] {
  const words = indexedWords(text);
  // A stem begins its word (Snowball only strips endings), so only the text's words that
  // begin with a form's stem can have a stem that does.
  const reached = (formStem: string) => {
    for (const word of words) {
      if (word.startsWith(formStem) && reaches(formStem, stem(word))) return true;
    }
    return false;
  };
  const candidates = new Set<string>();
  for (const word of words) {
    for (const form of regularSiblings(word)) {
      if (words.has(form) || candidates.has(form)) continue;
      const formStem = stem(form);
      if (!reaches(formStem, stem(word)) && !reached(formStem)) candidates.add(form);
    }
  }
  return [...candidates].sort();
}

/**
 * The forms a record adds, from its `candidates` ({@link formCandidates}): those `vocabulary`
 * (the archive's lower-case words) holds, one per stem (the first in sorted order), and none
 * whose stem begins another kept one's (that one is found through the longer). Sorted.
 */
export function keptForms(
  candidates: readonly string[],
  vocabulary: ReadonlySet<string>,
  stem: Stem,
): string[] {
  const byStem = new Map<string, string>();
  for (const form of candidates) {
    const formStem = stem(form);
    if (vocabulary.has(form) && !byStem.has(formStem)) byStem.set(formStem, form);
  }
  const stems = [...byStem.keys()];
  return [...byStem]
    .filter(([formStem]) => !stems.some((other) => other !== formStem && reaches(formStem, other)))
    .map(([, form]) => form)
    .sort();
}
