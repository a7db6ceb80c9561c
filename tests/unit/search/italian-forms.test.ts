import { describe, expect, it } from 'vitest';
import { stemmer } from '@orama/stemmers/italian';
import {
  missedForms,
  NOUN_NUMBERS,
  recordForms,
  siblings,
  VERB_PERSONS,
} from '../../../src/lib/search/italian-forms';

/** Whether a query for `query` finds a page holding `word`, as Pagefind compares their stems. */
const finds = (query: string, word: string) => stemmer(word).startsWith(stemmer(query));

describe('the stemmer', () => {
  // The stems behind what Pagefind finds in the browser (`tests/e2e/search-stemming.test.ts`).
  it.each([
    ['italiano', 'ital'],
    ['italiani', 'italian'],
    ['americano', 'americ'],
    ['americani', 'american'],
    ['offre', 'offre'],
    ['offrono', 'offron'],
    ['apre', 'apre'],
    ['aprono', 'apron'],
    ['telefono', 'telef'],
    ['telefoni', 'telefon'],
    ['batteria', 'batter'],
    ['batterie', 'batter'],
  ])('stems «%s» to «%s»', (word, stem) => {
    expect(stemmer(word)).toBe(stem);
  });
});

describe('siblings', () => {
  it('gives a noun or adjective its other number, never its other gender', () => {
    expect(siblings('italiano', NOUN_NUMBERS)).toEqual([['italiani', 'italiano']]);
    expect(siblings('anno', NOUN_NUMBERS).map(([form]) => form)).toEqual(['anni']);
    expect(
      siblings('banco', NOUN_NUMBERS)
        .map(([form]) => form)
        .sort(),
    ).toEqual(['banchi', 'banci']);
    expect(siblings('lunghe', NOUN_NUMBERS).map(([form]) => form)).toContain('lunga');
    expect(siblings('servizi', NOUN_NUMBERS).map(([form]) => form)).toContain('servizio');
  });

  it('says which of the two is the singular', () => {
    expect(siblings('anni', NOUN_NUMBERS)).toContainEqual(['anno', 'anno']);
    expect(siblings('anno', NOUN_NUMBERS)).toContainEqual(['anni', 'anno']);
  });

  it('gives a verb its other third person', () => {
    expect(siblings('offre', VERB_PERSONS)).toEqual([['offrono', 'offre']]);
    expect(siblings('offrono', VERB_PERSONS)).toEqual([['offre', 'offre']]);
    expect(siblings('arriva', VERB_PERSONS)).toEqual([['arrivano', 'arriva']]);
  });

  it('leaves alone short words and Snowball’s stop words', () => {
    expect(siblings('una', NOUN_NUMBERS)).toEqual([]);
    expect(siblings('sono', VERB_PERSONS)).toEqual([]);
    expect(siblings('della', NOUN_NUMBERS)).toEqual([]);
    expect(siblings('anche', NOUN_NUMBERS)).toEqual([]);
  });
});

describe('missedForms', () => {
  const missed = missedForms();
  const forms = (word: string) => missed(word).map(([form]) => form);

  it('lists the other number only where the stems miss it', () => {
    expect(forms('italiano')).toEqual(['italiani']);
    expect(forms('telefono')).toEqual(['telefoni']);
    expect(forms('anno')).toEqual(['anni']);
    expect(forms('offre')).toContain('offrono');
    expect(forms('offrono')).toEqual(['offre']);
    // Snowball joins these already.
    expect(forms('batteria')).toEqual([]);
    expect(forms('italiani')).toEqual([]);
    expect(forms('arriva')).toEqual([]);
  });

  it('guesses a singular or a verb’s person only where Snowball leaves the singular whole', () => {
    expect(forms('consumatori')).toEqual([]);
    expect(forms('importante')).not.toContain('importantono');
  });

  it('gives each form’s stem', () => {
    expect(missed('italiano')).toEqual([['italiani', 'italian']]);
  });

  it('stems each word once, however often it is asked', () => {
    const seen: string[] = [];
    const counting = missedForms((word) => {
      seen.push(word);
      return stemmer(word);
    });
    counting('italiano');
    counting('italiano');
    counting('italiani');
    expect(seen.length).toBe(new Set(seen).size);
  });
});

describe('recordForms', () => {
  /** Pairs split by the stemmer: each form alone in a text gets the other. */
  it.each([
    ['italiano', 'italiani'],
    ['americano', 'americani'],
    ['telefono', 'telefoni'],
    ['cellulare', 'cellulari'],
    ['offre', 'offrono'],
    ['apre', 'aprono'],
    ['anno', 'anni'],
  ])('joins «%s» and «%s»', (one, other) => {
    expect(finds(other, one)).toBe(false);
    expect(recordForms(`Il testo dice ${one} e basta.`)).toContain(other);
    const forms = recordForms(`Il testo dice ${other} e basta.`);
    expect(finds(one, other) || forms.includes(one)).toBe(true);
  });

  it('adds no gender, and nothing for a name written with a capital', () => {
    expect(recordForms('Un anno.')).not.toContain('anna');
    expect(recordForms('Un anno.')).toEqual(['anni']);
    expect(recordForms('Lo disse Anna.')).toEqual([]);
  });

  it('adds no form the text writes', () => {
    expect(recordForms('Il governo italiano e gli italiani.')).not.toContain('italiani');
  });

  it('keeps one form per stem, and none whose stem begins another’s', () => {
    const stems: Record<string, string> = {
      parolo: 'x',
      paroli: 'pa',
      tavolo: 'y',
      tavoli: 'pari',
    };
    const fake = missedForms((word) => stems[word] ?? word);
    // A query for `paroli` (stem `pa`) finds the record through `tavoli` (`pari`).
    expect(recordForms('parolo tavolo', fake)).toEqual(['tavoli']);
    const same = missedForms((word) => (word.endsWith('i') ? 'pari' : word));
    expect(recordForms('parolo tavolo', same)).toHaveLength(1);
  });

  it('reads words as they are written: unaccented, whole', () => {
    expect(recordForms('Perciò la città.')).toEqual([]);
    expect(recordForms('Dell’italiano.')).toEqual(['italiani']);
    expect(recordForms('Il 5G italiano2.')).toEqual([]);
  });

  it('is sorted', () => {
    const forms = recordForms('Il telefono italiano offre un anno.');
    expect(forms).toEqual(['anni', 'italiani', 'offra', 'offri', 'offrono', 'telefoni']);
  });
});
