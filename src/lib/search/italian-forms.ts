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
export const indexedWords = (text: string): Set<string> =>
  new Set(bare(text).toLocaleLowerCase('it').match(WORD));

/**
 * The words `text` writes in lower case, which stand for the language when a form is kept: a
 * word written only with a capital is a name (`Anna` is no form of `anno`).
 */
export const lowerCaseWords = (text: string): string[] => bare(text).match(LOWER_CASE_WORD) ?? [];

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

/** Snowball's stems, and what they say about a word's regular forms, each word looked at once. */
export interface Stemming {
  /** The stem Pagefind gives `word` (Snowball's Italian algorithm). */
  stem: (word: string) => string;
  /**
   * The regular forms of `word` whose stems its own stem does not reach, each with its stem:
   * the forms a page holding `word` may miss.
   */
  apart: (word: string) => readonly (readonly [form: string, stem: string])[];
}

/** {@link Stemming} with `stem`, remembering every word's answers: a corpus repeats its words. */
export function stemming(stem: (word: string) => string = stemmer): Stemming {
  const stems = new Map<string, string>();
  const aparts = new Map<string, (readonly [string, string])[]>();
  const stemOf = (word: string) => {
    let known = stems.get(word);
    if (known === undefined) {
      known = stem(word);
      stems.set(word, known);
    }
    return known;
  };
  return {
    stem: stemOf,
    apart: (word) => {
      let known = aparts.get(word);
      if (known === undefined) {
        const own = stemOf(word);
        known = regularSiblings(word).flatMap((form) => {
          const formStem = stemOf(form);
          return reaches(formStem, own) ? [] : [[form, formStem] as const];
        });
        aparts.set(word, known);
      }
      return known;
    },
  };
}

/** Whether a query stemmed `queryStem` begins one of `sortedStems`. */
function reachesAny(queryStem: string, sortedStems: readonly string[]): boolean {
  // The stems that begin with it follow it directly in sorted order.
  let low = 0;
  let high = sortedStems.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sortedStems[middle] ?? '') < queryStem) low = middle + 1;
    else high = middle;
  }
  return reaches(queryStem, sortedStems[low] ?? '');
}

/**
 * The regular forms of the words of `text` that a search would not reach in it: not in the
 * text, and with a stem that begins none of the text's stems; only those in `among`, when given
 * (the forms a shard may add). Sorted; most are not words (`arrivani` from `arrivano`), which
 * {@link keptForms} leaves out.
 */
export function formCandidates(
  text: string,
  { stem, apart }: Stemming,
  among?: ReadonlySet<string>,
): string[] {
  const words = indexedWords(text);
  const forms = new Map<string, string>();
  for (const word of words) {
    for (const [form, formStem] of apart(word)) {
      if (!words.has(form) && (among === undefined || among.has(form))) forms.set(form, formStem);
    }
  }
  if (forms.size === 0) return [];
  const stems = [...words].map(stem).sort();
  return [...forms]
    .filter(([, formStem]) => !reachesAny(formStem, stems))
    .map(([form]) => form)
    .sort();
}

/**
 * The forms a record adds, from its `candidates` ({@link formCandidates}): those `vocabulary`
 * (the archive's lower-case words) holds, one per stem (the first in sorted order), and none
 * whose stem begins another kept one's (that one is found through the longer). Sorted.
 */
export function keptForms(
  candidates: readonly string[],
  vocabulary: ReadonlySet<string>,
  { stem }: Stemming,
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
