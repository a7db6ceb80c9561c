import { describe, expect, it } from 'vitest';
import { stemmer } from '@orama/stemmers/italian';
import {
  formCandidates,
  keptForms,
  lowerCaseWords,
  regularSiblings,
  stemming,
} from '../../../src/lib/search/italian-forms';

const stem = stemming();

/** The forms `text` adds when the archive writes `vocabulary` (and `text` itself). */
const added = (text: string, ...vocabulary: string[]) =>
  keptForms(
    formCandidates(text, stem),
    new Set([...lowerCaseWords(text), ...vocabulary.flatMap(lowerCaseWords)]),
    stem,
  );

describe('regularSiblings', () => {
  it('gives a noun or adjective its other three endings', () => {
    expect(regularSiblings('italiano').sort()).toEqual([
      'italia',
      'italiana',
      'italiane',
      'italiani',
    ]);
    expect(regularSiblings('utenti').sort()).toEqual(['utenta', 'utente', 'utento']);
  });

  it('gives a verb its other third person', () => {
    expect(regularSiblings('offre')).toContain('offrono');
    expect(regularSiblings('offrono')).toContain('offre');
    expect(regularSiblings('arriva')).toContain('arrivano');
    expect(regularSiblings('arrivano')).toContain('arriva');
  });

  it('leaves alone the words too short for an ending, and those without one', () => {
    expect(regularSiblings('una')).toEqual([]);
    expect(regularSiblings('sono')).not.toContain('se');
    expect(regularSiblings('smartphone')).not.toContain('smartphone');
    expect(regularSiblings('chip')).toEqual([]);
    expect(regularSiblings('città')).toEqual([]);
  });
});

describe('formCandidates', () => {
  it('lists the forms whose stems begin none of the text’s own, sorted', () => {
    // `italiano` stems to `ital`, `italiani` to `italian`: a search for the plural misses it.
    expect(stemmer('italiano')).toBe('ital');
    expect(stemmer('italiani')).toBe('italian');
    expect(formCandidates('Il governo italiano.', stem)).toContain('italiani');
    expect(formCandidates('Il servizio offre spazio.', stem)).toContain('offrono');
    expect(formCandidates('I servizi offrono spazio.', stem)).toContain('offre');
    const candidates = formCandidates('Il governo italiano offre.', stem);
    expect(candidates).toEqual([...candidates].sort());
  });

  it('lists no form the text holds, nor one its stems reach', () => {
    // `arriva` and `arrivano` both stem to `arriv`.
    expect(formCandidates('Il treno arriva.', stem)).not.toContain('arrivano');
    expect(formCandidates('Il governo italiano e gli italiani.', stem)).not.toContain('italiani');
    // `italiana` stems to `italian`, which a query for `italiani` begins.
    expect(formCandidates('Il governo italiano, la lingua italiana.', stem)).not.toContain(
      'italiani',
    );
    // `italiani` (stem `italian`) is reached by a query for `italiano` (stem `ital`).
    expect(formCandidates('Gli utenti italiani.', stem)).not.toContain('italiano');
  });

  it('reads words as Pagefind indexes them: lower case, split at ASCII punctuation only', () => {
    expect(formCandidates("Dell'Italiano.", stem)).toContain('italiani');
    // Pagefind indexes `dell’italiano` whole, as `dellitaliano`: no `italiano` to add forms of.
    expect(formCandidates('Dell’italiano.', stem)).not.toContain('italiani');
  });

  it('looks only among the forms given, when given', () => {
    const text = 'Il governo italiano offre.';
    expect(formCandidates(text, stem, new Set(['offrono']))).toEqual(['offrono']);
    expect(formCandidates(text, stem, new Set(['italia', 'nessuna']))).toEqual([]);
  });

  it('stems each word once, however many texts hold it', () => {
    const seen: string[] = [];
    const counting = stemming((word) => {
      seen.push(word);
      return stemmer(word);
    });
    formCandidates('italiano italiano', counting);
    formCandidates('italiano', counting);
    expect(seen.length).toBe(new Set(seen).size);
  });
});

describe('keptForms', () => {
  it('keeps the candidates the archive writes', () => {
    expect(added('Il governo italiano.', 'Gli utenti italiani.')).toEqual(['italiani']);
    expect(added('Il governo italiano.', 'Un governo.')).toEqual([]);
    expect(added('Il servizio offre spazio.', 'I servizi offrono spazio.')).toEqual(['offrono']);
    expect(added('I servizi offrono spazio.', 'Il servizio offre spazio.')).toEqual(['offre']);
  });

  it('takes no name for a form: a word the archive writes only with a capital', () => {
    expect(added('Un anno.', 'Anna e Anne, due anni.')).toEqual(['anni']);
    expect(added('Un anno.', 'Anni dopo.')).toEqual([]);
    expect(added('Un anno.', 'Anni dopo, e altri anni.')).toEqual(['anni']);
  });

  it('keeps one form per stem, and none whose stem begins a kept one', () => {
    const stems: Record<string, string> = { parolo: 'x', parola: 'pa', parole: 'par' };
    const fake = (word: string) => stems[word] ?? word;
    const all = new Set(['parolo', 'parola', 'parole']);
    // `parola` is found through `parole`, whose stem `par` begins with `pa`.
    expect(keptForms(['parola', 'parole', 'parolo'], all, stemming(fake))).toEqual([
      'parole',
      'parolo',
    ]);
    const shared = (word: string) => (word === 'parolo' ? 'x' : 'parol');
    expect(keptForms(['parola', 'parole'], all, stemming(shared))).toEqual(['parola']);
  });
});
