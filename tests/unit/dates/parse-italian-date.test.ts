import matter from 'gray-matter';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ACCEPTED_DATE_FORMATS,
  parseItalianDate,
  type DateParseResult,
} from '../../../src/lib/dates/parse-italian-date';

// Case tables keep one row per line (prettier-ignore), to scan and extend them as tables.

/** The instant, ISO in UTC, and whether a time was read; or the message. */
function summary(result: DateParseResult): [string, boolean] | string {
  return result.ok ? [result.date.toISOString(), result.hasTime] : result.message;
}

const ACCEPTED = ` (formati accettati: ${ACCEPTED_DATE_FORMATS})`;

describe('parseItalianDate: valid inputs', () => {
  // Rome is +01:00 in winter and +02:00 from the last Sunday of March to the last of October.
  // prettier-ignore
  it.each<[unknown, string, boolean]>([
    // every month, written in full, date only: midnight in Rome
    ['15 Gennaio 2018', '2018-01-14T23:00:00.000Z', false],
    ['15 febbraio 2018', '2018-02-14T23:00:00.000Z', false],
    ['15 MARZO 2018', '2018-03-14T23:00:00.000Z', false],
    ['15 Aprile 2018', '2018-04-14T22:00:00.000Z', false],
    ['15 Maggio 2018', '2018-05-14T22:00:00.000Z', false],
    ['15 Giugno 2018', '2018-06-14T22:00:00.000Z', false],
    ['04 Luglio 2018', '2018-07-03T22:00:00.000Z', false],
    ['15 Agosto 2018', '2018-08-14T22:00:00.000Z', false],
    ['15 Settembre 2018', '2018-09-14T22:00:00.000Z', false],
    ['15 Ottobre 2018', '2018-10-14T22:00:00.000Z', false],
    ['15 Novembre 2018', '2018-11-14T23:00:00.000Z', false],
    ['15 Dicembre 2018', '2018-12-14T23:00:00.000Z', false],
    // every abbreviation, and sett
    ['1 gen 2018', '2017-12-31T23:00:00.000Z', false],
    ['1 feb 2018', '2018-01-31T23:00:00.000Z', false],
    ['1 mar 2018', '2018-02-28T23:00:00.000Z', false],
    ['1 apr 2018', '2018-03-31T22:00:00.000Z', false],
    ['1 mag 2018', '2018-04-30T22:00:00.000Z', false],
    ['1 giu 2018', '2018-05-31T22:00:00.000Z', false],
    ['4 lug 2018', '2018-07-03T22:00:00.000Z', false],
    ['1 ago 2018', '2018-07-31T22:00:00.000Z', false],
    ['1 set 2018', '2018-08-31T22:00:00.000Z', false],
    ['1 sett 2018', '2018-08-31T22:00:00.000Z', false],
    ['1 ott 2018', '2018-09-30T22:00:00.000Z', false],
    ['1 nov 2018', '2018-10-31T23:00:00.000Z', false],
    ['1 dic 2018', '2018-11-30T23:00:00.000Z', false],
    // case, dots, ordinals, white space
    ['4 luglio 2018', '2018-07-03T22:00:00.000Z', false],
    ['4 LUGLIO 2018', '2018-07-03T22:00:00.000Z', false],
    ['4 lUgLiO 2018', '2018-07-03T22:00:00.000Z', false],
    ['4 LUG 2018', '2018-07-03T22:00:00.000Z', false],
    ['4 lug. 2018', '2018-07-03T22:00:00.000Z', false],
    ['4 sett. 2018', '2018-09-03T22:00:00.000Z', false],
    ['4 luglio, 2018', '2018-07-03T22:00:00.000Z', false],
    ['1° gennaio 2019', '2018-12-31T23:00:00.000Z', false],
    ['1º Gennaio 2019', '2018-12-31T23:00:00.000Z', false],
    ['  04   Luglio\t2018 \n', '2018-07-03T22:00:00.000Z', false],
    ['04\u00a0Luglio 2018', '2018-07-03T22:00:00.000Z', false],
    // leap years
    ['29 Febbraio 2020', '2020-02-28T23:00:00.000Z', false],
    ['29 feb 2000', '2000-02-28T23:00:00.000Z', false],
    // times, in Rome
    ['04 Luglio 2018 10:30', '2018-07-04T08:30:00.000Z', true],
    ['04 Luglio 2018 10:30:15', '2018-07-04T08:30:15.000Z', true],
    ['04 Luglio 2018 10.30', '2018-07-04T08:30:00.000Z', true],
    ['04 Luglio 2018 10.30.15', '2018-07-04T08:30:15.000Z', true],
    ['4 luglio 2018 9:05', '2018-07-04T07:05:00.000Z', true],
    ['4 luglio 2018, 10:30', '2018-07-04T08:30:00.000Z', true],
    ['4 luglio 2018 , 10:30', '2018-07-04T08:30:00.000Z', true],
    ['4 luglio 2018 alle 10:30', '2018-07-04T08:30:00.000Z', true],
    ['4 luglio 2018 ore 10:30', '2018-07-04T08:30:00.000Z', true],
    ['4 luglio 2018, alle ore 10.30', '2018-07-04T08:30:00.000Z', true],
    ['4 luglio 2018 ALLE 10:30', '2018-07-04T08:30:00.000Z', true],
    ['04 Luglio 2018 00:00', '2018-07-03T22:00:00.000Z', true],
    ['04 Luglio 2018 23:59:59', '2018-07-04T21:59:59.000Z', true],
    ['15 Gennaio 2018 10:30', '2018-01-15T09:30:00.000Z', true],
    // daylight saving edges
    ['31 Marzo 2019 01:30', '2019-03-31T00:30:00.000Z', true],
    ['31 Marzo 2019 02:30', '2019-03-31T01:30:00.000Z', true], // gap: becomes 03:30 CEST
    ['31 Marzo 2019 03:30', '2019-03-31T01:30:00.000Z', true],
    ['28 Ottobre 2018 01:30', '2018-10-27T23:30:00.000Z', true],
    ['28 Ottobre 2018 02:30', '2018-10-28T00:30:00.000Z', true], // overlap: the first, CEST
    ['28 Ottobre 2018 03:30', '2018-10-28T02:30:00.000Z', true],
    ['1 Gennaio 2018', '2017-12-31T23:00:00.000Z', false],
    ['4 Luglio 2018', '2018-07-03T22:00:00.000Z', false],
    // ISO 8601
    ['2018-07-04', '2018-07-03T22:00:00.000Z', false],
    ['2018-7-4', '2018-07-03T22:00:00.000Z', false],
    ['2018-01-01', '2017-12-31T23:00:00.000Z', false],
    ['2018-07-04 10:30', '2018-07-04T08:30:00.000Z', true],
    ['2018-07-04T10:30', '2018-07-04T08:30:00.000Z', true],
    ['2018-07-04t10:30', '2018-07-04T08:30:00.000Z', true],
    ['2018-07-04T10:30:15', '2018-07-04T08:30:15.000Z', true],
    ['2018-07-04T10:30:00+02:00', '2018-07-04T08:30:00.000Z', true],
    ['2018-07-04T10:30:00+0200', '2018-07-04T08:30:00.000Z', true],
    ['2018-07-04T10:30:00+02', '2018-07-04T08:30:00.000Z', true],
    ['2018-07-04 10:30 +02:00', '2018-07-04T08:30:00.000Z', true],
    ['2018-07-04T10:30:00-04:00', '2018-07-04T14:30:00.000Z', true],
    ['2018-07-04T10:30+05:45', '2018-07-04T04:45:00.000Z', true],
    ['2018-07-04T08:30:00Z', '2018-07-04T08:30:00.000Z', true],
    ['2018-07-04T08:30:00z', '2018-07-04T08:30:00.000Z', true],
    ['2018-07-04T08:30:00.123Z', '2018-07-04T08:30:00.123Z', true],
    ['2018-07-04T08:30:00.5Z', '2018-07-04T08:30:00.500Z', true],
    ['2018-07-04T08:30:00.123456789Z', '2018-07-04T08:30:00.123Z', true],
    ['2018-07-04T10:30:00.250', '2018-07-04T08:30:00.250Z', true],
    ['2019-03-31T02:30', '2019-03-31T01:30:00.000Z', true], // gap: becomes 03:30 CEST
    ['2018-10-28T02:30', '2018-10-28T00:30:00.000Z', true], // overlap: the first, CEST
    ['2018-10-28T02:30:00+01:00', '2018-10-28T01:30:00.000Z', true], // overlap: the offset picks
    // what YAML makes of unquoted dates and timestamps
    [new Date(Date.UTC(2018, 6, 4)), '2018-07-03T22:00:00.000Z', false],
    [new Date(Date.UTC(2018, 0, 1)), '2017-12-31T23:00:00.000Z', false],
    [new Date(Date.UTC(1960, 6, 20)), '1960-07-19T23:00:00.000Z', false],
    [new Date('2018-07-04T08:30:00Z'), '2018-07-04T08:30:00.000Z', true],
    [new Date('2018-07-04T00:00:00.001Z'), '2018-07-04T00:00:00.001Z', true],
  ])('parses %j as %s', (input, utc, hasTime) => {
    expect(summary(parseItalianDate(input))).toEqual([utc, hasTime]);
  });

  it('returns a new Date, not the one it was given', () => {
    const input = new Date('2018-07-04T08:30:00Z');
    const result = parseItalianDate(input);
    expect(result.ok && result.date).not.toBe(input);
  });

  it('reads unquoted YAML dates the way gray-matter hands them over', () => {
    const { data } = matter(
      '---\ndate: 2018-07-04\nupdated: 2018-07-05T10:30:00+02:00\nquoted: "2018-07-06"\n---\n',
    );
    expect(data['date']).toBeInstanceOf(Date);
    expect(summary(parseItalianDate(data['date']))).toEqual(['2018-07-03T22:00:00.000Z', false]);
    expect(data['updated']).toBeInstanceOf(Date);
    expect(summary(parseItalianDate(data['updated']))).toEqual(['2018-07-05T08:30:00.000Z', true]);
    expect(summary(parseItalianDate(data['quoted']))).toEqual(['2018-07-05T22:00:00.000Z', false]);
  });
});

describe('parseItalianDate: time zones', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each<[unknown, string, string]>([
    ['4 luglio 2018 10:30', 'America/New_York', '2018-07-04T14:30:00.000Z'],
    ['2018-07-04', 'UTC', '2018-07-04T00:00:00.000Z'],
    [new Date(Date.UTC(2018, 6, 4)), 'America/New_York', '2018-07-04T04:00:00.000Z'],
    ['2018-07-04T10:30:00+02:00', 'America/New_York', '2018-07-04T08:30:00.000Z'],
  ])('reads %j in %s as %s', (input, zone, utc) => {
    const result = parseItalianDate(input, zone);
    expect(result.ok && result.date.toISOString()).toBe(utc);
  });

  it("does not depend on the machine's time zone", () => {
    vi.stubEnv('TZ', 'Pacific/Kiritimati');
    expect(summary(parseItalianDate('4 luglio 2018'))).toEqual(['2018-07-03T22:00:00.000Z', false]);
    expect(summary(parseItalianDate(new Date(Date.UTC(2018, 6, 4))))).toEqual([
      '2018-07-03T22:00:00.000Z',
      false,
    ]);
  });

  it('throws on an unknown time zone, a programming error rather than a content one', () => {
    expect(() => parseItalianDate('4 luglio 2018', 'Europa/Roma')).toThrow(RangeError);
  });
});

describe('parseItalianDate: invalid inputs', () => {
  const invalid = (reason: string) => `non è una data valida: ${reason}${ACCEPTED}`;

  // prettier-ignore
  it.each<[unknown, string]>([
    // misspelled or unknown months, with a suggestion when one is close
    ['04 Lugio 2018', invalid('il mese "Lugio" non esiste, forse "Luglio"?')],
    ['4 LUGIO 2018', invalid('il mese "LUGIO" non esiste, forse "Luglio"?')],
    ['4 lgulio 2018', invalid('il mese "lgulio" non esiste, forse "Luglio"?')],
    ['4 Setembre 2018', invalid('il mese "Setembre" non esiste, forse "Settembre"?')],
    ['4 dicmbre 2018', invalid('il mese "dicmbre" non esiste, forse "Dicembre"?')],
    ['4 Mrz 2018', invalid('il mese "Mrz" non esiste, forse "Marzo"?')],
    ['4 Pippo 2018', invalid('il mese "Pippo" non esiste')],
    ['4 july 2018', invalid('il mese "july" non esiste')],
    ['4 lu 2018', invalid('il mese "lu" non esiste')],
    ['Lugio 2018', invalid('il mese "Lugio" non esiste, forse "Luglio"?')],
    // missing or short parts
    ['Luglio 2018', invalid('manca il giorno')],
    ['4 luglio', invalid("manca l'anno")],
    ['4 luglio 10:30', invalid("manca l'anno")],
    ['4 luglio 18', invalid('l\'anno "18" deve avere quattro cifre')],
    // impossible days
    ['31 Febbraio 2018', invalid('febbraio 2018 ha 28 giorni')],
    ['29 Febbraio 2019', invalid('febbraio 2019 ha 28 giorni')],
    ['30 Febbraio 2020', invalid('febbraio 2020 ha 29 giorni')],
    ['29 Febbraio 1900', invalid('febbraio 1900 ha 28 giorni')],
    ['31 Aprile 2018', invalid('aprile 2018 ha 30 giorni')],
    ['32 Luglio 2018', invalid('luglio 2018 ha 31 giorni')],
    ['0 Luglio 2018', invalid('il giorno 0 non esiste')],
    ['2018-13-01', invalid('il mese 13 non esiste, i mesi vanno da 01 a 12')],
    ['2018-00-10', invalid('il mese 0 non esiste, i mesi vanno da 01 a 12')],
    ['2018-02-30', invalid('febbraio 2018 ha 28 giorni')],
    ['2018-07-00', invalid('il giorno 0 non esiste')],
    // impossible or unreadable times and offsets
    ['04 Luglio 2018 25:00', invalid('l\'orario "25:00" non esiste, le ore vanno da 00:00 a 23:59')],
    ['04 Luglio 2018 24:00', invalid('l\'orario "24:00" non esiste, le ore vanno da 00:00 a 23:59')],
    ['04 Luglio 2018 10:60', invalid('l\'orario "10:60" non esiste, le ore vanno da 00:00 a 23:59')],
    ['04 Luglio 2018 10:30:60', invalid('l\'orario "10:30:60" non esiste, le ore vanno da 00:00 a 23:59')],
    ['04 Luglio 2018 alle 25.00', invalid('l\'orario "25.00" non esiste, le ore vanno da 00:00 a 23:59')],
    ['2018-07-04T25:00', invalid('l\'orario "25:00" non esiste, le ore vanno da 00:00 a 23:59')],
    ['2018-07-04T10:30:00+25:00', invalid('il fuso orario "+25:00" non esiste')],
    ['2018-07-04T10:30:00+02:75', invalid('il fuso orario "+02:75" non esiste')],
    ['04 Luglio 2018 pomeriggio', invalid('l\'orario "pomeriggio" non è riconosciuto, scrivilo come 10:30')],
    ['04 Luglio 2018 10', invalid('l\'orario "10" non è riconosciuto, scrivilo come 10:30')],
    ['2018-07-04T10h30', invalid('l\'orario "10h30" non è riconosciuto, scrivilo come 10:30')],
    ['2018-07-04T10:30 Roma', invalid('l\'orario "10:30 Roma" non è riconosciuto, scrivilo come 10:30')],
    // empty, unrecognised
    ['', invalid('è vuota')],
    [' \t\n', invalid('è vuota')],
    ['domani', invalid('il formato non è riconosciuto')],
    ['04/07/2018', invalid('il formato non è riconosciuto')],
    ['20180704', invalid('il formato non è riconosciuto')],
    ['2018-07-04T', invalid('il formato non è riconosciuto')],
    ['July 4, 2018', invalid('il formato non è riconosciuto')],
    // missing values and other types
    [undefined, `manca la data${ACCEPTED}`],
    [null, `manca la data${ACCEPTED}`],
    [20180704, invalid('è un numero, non un testo')],
    [true, invalid('è un valore sì/no, non un testo')],
    [['04 Luglio 2018'], invalid('è un elenco, non un testo')],
    [{ giorno: 4 }, invalid('è un oggetto, non un testo')],
    [new Date(Number.NaN), invalid('la data è impossibile')],
  ])('rejects %j', (input, message) => {
    expect(parseItalianDate(input)).toEqual({ ok: false, message });
  });

  it.each(['04 Lugio 2018', '4 luglio 18', '2018-07-04T10:30 Roma', 'domani', '31 Febbraio 2018'])(
    'leaves %j itself out of the message, for the caller prints it',
    (input) => {
      const result = parseItalianDate(input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message.replace(ACCEPTED, '')).not.toContain(input);
    },
  );

  it('pins the whole message for a misspelled month and an impossible day', () => {
    expect(summary(parseItalianDate('04 Lugio 2018'))).toMatchInlineSnapshot(
      `"non è una data valida: il mese "Lugio" non esiste, forse "Luglio"? (formati accettati: 04 Luglio 2018, 4 lug 2018, 04 Luglio 2018 10:30, 2018-07-04, 2018-07-04T10:30:00+02:00)"`,
    );
    expect(summary(parseItalianDate('31 Febbraio 2018'))).toMatchInlineSnapshot(
      `"non è una data valida: febbraio 2018 ha 28 giorni (formati accettati: 04 Luglio 2018, 4 lug 2018, 04 Luglio 2018 10:30, 2018-07-04, 2018-07-04T10:30:00+02:00)"`,
    );
  });
});
