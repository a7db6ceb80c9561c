import { describe, expect, it } from 'vitest';
import {
  normalizeQuery,
  readSearchState,
  writeSearchState,
  type SearchState,
} from '../../../src/lib/search/search-state';

// prettier-ignore
const READS: [string, SearchState][] = [
  ['', { query: '', filters: {}, order: 'pertinenza', archive: 'recent' }],
  ['?q=xiaomi', { query: 'xiaomi', filters: {}, order: 'pertinenza', archive: 'recent' }],
  ['?q=++xiaomi+++usa+', { query: 'xiaomi usa', filters: {}, order: 'pertinenza', archive: 'recent' }],
  ['?q=batterie&categoria=Scienza', { query: 'batterie', filters: { categoria: ['Scienza'] }, order: 'pertinenza', archive: 'recent' }],
  ['?q=5G&tag=Android&tag=Batterie&tag=Android', { query: '5G', filters: { tag: ['Android', 'Batterie'] }, order: 'pertinenza', archive: 'recent' }],
  ['?q=x&anno=2018&autore=Sara+Esposito&ordine=data', { query: 'x', filters: { anno: ['2018'], autore: ['Sara Esposito'] }, order: 'data', archive: 'recent' }],
  ['?q=x&ordine=alfabetico&colore=rosso&tag=', { query: 'x', filters: {}, order: 'pertinenza', archive: 'recent' }],
  ['?q=perch%C3%A9+l%E2%80%99IA', { query: 'perché l’IA', filters: {}, order: 'pertinenza', archive: 'recent' }],
  ['?q=sodio&archivio=1', { query: 'sodio', filters: {}, order: 'pertinenza', archive: 'all' }],
  ['?q=sodio&archivio=2023-05', { query: 'sodio', filters: {}, order: 'pertinenza', archive: { year: 2023, month: 5 } }],
  ['?q=sodio&archivio=si', { query: 'sodio', filters: {}, order: 'pertinenza', archive: 'recent' }],
  ['?q=sodio&archivio=2023-13', { query: 'sodio', filters: {}, order: 'pertinenza', archive: 'recent' }],
];

describe('readSearchState', () => {
  it.each(READS)('reads %j', (search, expected) => {
    expect(readSearchState(search)).toEqual(expected);
  });

  it('accepts URLSearchParams too', () => {
    expect(readSearchState(new URLSearchParams({ q: 'sodio' })).query).toBe('sodio');
  });
});

describe('writeSearchState', () => {
  it('writes nothing for an empty search', () => {
    expect(
      writeSearchState({ query: '  ', filters: {}, order: 'pertinenza', archive: 'recent' }),
    ).toBe('');
  });

  it('writes words, then filters in page order, then the order and the archive', () => {
    const state: SearchState = {
      query: ' batterie  al sodio ',
      filters: { anno: ['2023'], categoria: ['Scienza'], tag: ['Batterie', 'Auto elettriche'] },
      order: 'data',
      archive: 'all',
    };
    expect(writeSearchState(state)).toBe(
      '?q=batterie+al+sodio&categoria=Scienza&tag=Batterie&tag=Auto+elettriche&anno=2023&ordine=data&archivio=1',
    );
  });

  it('writes the first month reached, padded', () => {
    const state: SearchState = {
      query: 'sodio',
      filters: {},
      order: 'pertinenza',
      archive: { year: 2019, month: 7 },
    };
    expect(writeSearchState(state)).toBe('?q=sodio&archivio=2019-07');
  });

  it.each(READS.filter(([search]) => search !== ''))('round-trips %j', (search) => {
    const state = readSearchState(search);
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
});

describe('normalizeQuery', () => {
  it.each([
    ['xiaomi', 'xiaomi'],
    ['  xiaomi\t usa \n', 'xiaomi usa'],
    ['', ''],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected);
  });
});
