import { describe, expect, it } from 'vitest';
import { stemmer } from '@orama/stemmers/italian';
import { regularSiblings, unreachedForms } from '../../../src/lib/search/italian-forms';

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

describe('unreachedForms', () => {
  it('adds to a text the forms whose stems begin none of its own', () => {
    // `italiano` stems to `ital`, `italiani` to `italian`: a search for the plural misses it.
    expect(stemmer('italiano')).toBe('ital');
    expect(stemmer('italiani')).toBe('italian');
    expect(unreachedForms(['Il governo italiano.', 'Gli utenti italiani.'])).toEqual([
      ['italiani'],
      [],
    ]);
    expect(unreachedForms(['Il servizio offre spazio.', 'I servizi offrono spazio.'])).toEqual([
      ['offrono'],
      ['offre'],
    ]);
  });

  it('adds only forms the archive holds, in another text or in the lexicon', () => {
    expect(unreachedForms(['Il governo italiano.', 'Un governo.'])).toEqual([[], []]);
    expect(unreachedForms(['Il governo italiano.'], ['Gli utenti italiani.'])).toEqual([
      ['italiani'],
    ]);
  });

  it('adds nothing when the stems already meet', () => {
    // `arriva` and `arrivano` both stem to `arriv`.
    expect(unreachedForms(['Il treno arriva.', 'I treni arrivano.'])).toEqual([[], []]);
  });

  it('takes no name for a form: a word the archive writes only with a capital', () => {
    expect(unreachedForms(['Un anno.', 'Anna e Anne, due anni.'])[0]).toEqual(['anni']);
    expect(unreachedForms(['Un anno.', 'Anni dopo.'])[0]).toEqual([]);
    expect(unreachedForms(['Un anno.', 'Anni dopo, e altri anni.'])[0]).toEqual(['anni']);
  });

  it('reads words as Pagefind indexes them: lower case, split at ASCII punctuation only', () => {
    expect(unreachedForms(["Dell'Italiano.", 'Gli italiani.'])[0]).toEqual(['italiani']);
    // Pagefind indexes `dell’italiano` whole, as `dellitaliano`: no `italiano` to add forms of.
    expect(unreachedForms(['Dell’italiano.', 'Gli italiani.'])[0]).toEqual([]);
  });

  it('keeps one form per stem, and none whose stem begins a kept one', () => {
    const stems: Record<string, string> = { parolo: 'x', parola: 'pa', parole: 'par' };
    const stem = (word: string) => stems[word] ?? word;
    // `parola` is found through `parole`, whose stem `par` begins with `pa`.
    expect(unreachedForms(['parolo', 'parola', 'parole'], [], stem)).toEqual([
      ['parole'],
      ['parole', 'parolo'],
      ['parolo'],
    ]);
    const shared = (word: string) => (word === 'parolo' ? 'x' : 'parol');
    expect(unreachedForms(['parolo', 'parola parole'], [], shared)).toEqual([
      ['parola'],
      ['parolo'],
    ]);
  });

  it('stems each word once, however many texts hold it', () => {
    const seen: string[] = [];
    const stem = (word: string) => {
      seen.push(word);
      return stemmer(word);
    };
    unreachedForms(['italiano italiano', 'italiano'], ['italiani'], stem);
    expect(seen.length).toBe(new Set(seen).size);
  });
});
