/**
 * The singular or plural of a record's words that a Pagefind search would not reach (pure, with
 * a per-process memo of each word's answer).
 *
 * Pagefind stems every word with Snowball's Italian stemmer and finds a page when the stem of a
 * query word begins one of the page's stems. Snowball strips suffixes by their letters, not by
 * the word they belong to, so two numbers of one word can end up with stems neither of which
 * begins the other: `italiano` → `ital` (its `-ano` taken for a verb's) but `italiani` →
 * `italian`; `offre` keeps its `-e` (too short for the region suffixes are taken from) while
 * `offrono` → `offron`. A record then lists, in a metadata field Pagefind searches but never
 * cuts excerpts from, the other number of its words where the stems miss it.
 *
 * Only number, never gender (`anno` gets `anni`, not `anna`), and only from the record's own
 * words, so a shard depends on its articles alone. Without a vocabulary to check against, some
 * forms are not words (`apri` beside `apre`, `anne` beside `anni`): see docs/performance.md,
 * "Issue 11, session 11", for why they cost little.
 *
 * @see https://snowballstem.org/algorithms/italian/stemmer.html
 */
import { stemmer } from '@orama/stemmers/italian';
import { stopwords } from '@orama/stopwords/italian';

/**
 * Singular and plural endings of regular nouns and adjectives: `prezzo`/`prezzi`,
 * `batteria`/`batterie`, `utente`/`utenti`, `banco`/`banchi`, `amico`/`amici`, `banca`/`banche`,
 * `lago`/`laghi`, `lunga`/`lunghe`, `servizio`/`servizi`.
 */
export const NOUN_NUMBERS: readonly Ending[] = [
  ['o', 'i'],
  ['a', 'e'],
  ['e', 'i'],
  ['co', 'chi'],
  ['co', 'ci'],
  ['ca', 'che'],
  ['go', 'ghi'],
  ['ga', 'ghe'],
  ['io', 'i'],
];

/** Third persons singular and plural of regular verbs: `arriva`/`arrivano`, `offre`/`offrono`. */
export const VERB_PERSONS: readonly Ending[] = [
  ['a', 'ano'],
  ['e', 'ono'],
];

/** A singular ending and its plural. */
type Ending = readonly [singular: string, plural: string];

/**
 * Fewest letters a word keeps before its ending. Shorter words are mostly articles, pronouns
 * and prepositions (`una`, `gli`; `sono` is not `s` + `-ono`), whose endings are not numbers.
 */
const MIN_BASE = 3;

/**
 * The words that may have another number: written in lower case (a word written only with a
 * capital is taken for a name: `Anna`), ending in a vowel. Unaccented letters only: Italian
 * writes accents on a word's last vowel (`città`, `perché`), where no ending below matches, and
 * matching only these costs far less than reading every word the way Pagefind does.
 */
const INFLECTED = /(?<![\p{L}\p{N}])[a-z]{3,}[aeio](?![\p{L}\p{N}])/gu;

/** Snowball's Italian stop words: articles, prepositions, auxiliaries. */
const STOP_WORDS = new Set(stopwords);

/** A form of a word and the singular of the two (the word itself or the form). */
export type Sibling = readonly [form: string, singular: string];

/** The other number of `word` by its ending alone, for every ending of `endings` it has. */
export function siblings(word: string, endings: readonly Ending[]): Sibling[] {
  if (STOP_WORDS.has(word)) return [];
  const found = new Map<string, string>();
  for (const [singular, plural] of endings) {
    for (const [from, to] of [
      [singular, plural],
      [plural, singular],
    ] as const) {
      const base = word.slice(0, -from.length);
      if (word.endsWith(from) && base.length >= MIN_BASE && base + to !== word) {
        found.set(base + to, to === singular ? base + to : word);
      }
    }
  }
  return [...found];
}

/** Whether a query whose stem is `queryStem` finds a page holding a word stemmed `pageStem`. */
const reaches = (queryStem: string, pageStem: string): boolean => pageStem.startsWith(queryStem);

/** A form with its stem. */
type Form = readonly [form: string, stem: string];

/**
 * The other numbers of a word whose stems its own stem does not reach, each word worked out
 * once per process (an archive repeats its words). A plural is added beside any singular; a
 * singular beside a plural, and a verb's other person, only when Snowball leaves the singular
 * whole: it takes a final vowel off except where the word is too short for it (`anno`, `offre`,
 * `apre`), and only there do those forms part; elsewhere the guess makes no word
 * (`consumatorio` from `consumatori`, `importantono` from `importante`).
 */
export function missedForms(
  stem: (word: string) => string = stemmer,
): (word: string) => readonly Form[] {
  const stems = new Map<string, string>();
  const missed = new Map<string, readonly Form[]>();
  const stemOf = (word: string) => {
    let known = stems.get(word);
    if (known === undefined) {
      known = stem(word);
      stems.set(word, known);
    }
    return known;
  };
  const whole = ([, singular]: Sibling) => stemOf(singular) === singular;
  return (word) => {
    let known = missed.get(word);
    if (known === undefined) {
      const own = stemOf(word);
      const nouns = siblings(word, NOUN_NUMBERS).filter(
        (sibling) => sibling[1] !== sibling[0] || whole(sibling),
      );
      const verbs = siblings(word, VERB_PERSONS).filter(whole);
      known = [...nouns, ...verbs].flatMap(([form]) => {
        const formStem = stemOf(form);
        return reaches(formStem, own) ? [] : [[form, formStem] as const];
      });
      missed.set(word, known);
    }
    return known;
  };
}

const shared = missedForms();

/**
 * The forms a record of `text` adds: the other number of each word it writes in lower case
 * where Snowball's stems miss it ({@link missedForms}), unless the text writes that form too;
 * one per stem, and none whose stem begins another's (a query for it finds the record through
 * the longer one). Sorted.
 */
export function recordForms(text: string, missed = shared): string[] {
  const words = new Set(text.match(INFLECTED));
  const candidates = new Map<string, string>();
  for (const word of words) {
    for (const [form, formStem] of missed(word)) {
      if (!words.has(form)) candidates.set(formStem, form);
    }
  }
  // A stem that begins the next one in sorted order is reached through it.
  const stems = [...candidates.keys()].sort();
  return stems
    .filter((formStem, i) => !reaches(formStem, stems[i + 1] ?? ''))
    .map((formStem) => candidates.get(formStem) ?? '')
    .sort();
}
