import { describe, expect, it } from 'vitest';
import {
  loadMoreLabel,
  searchScope,
  resultSummary,
  searchingMessage,
} from '../../../src/lib/search/messages';

describe('resultSummary', () => {
  it.each([
    [{ query: 'xenofobi', count: 0, filtered: false }, 'Nessun risultato per «xenofobi»'],
    [{ query: 'sodio', count: 1, filtered: false }, '1 risultato per «sodio»'],
    [{ query: 'batterie', count: 4, filtered: false }, '4 risultati per «batterie»'],
    [
      { query: 'batterie', count: 1, filtered: true },
      '1 risultato per «batterie» con i filtri scelti',
    ],
    [
      { query: 'batterie', count: 0, filtered: true },
      'Nessun risultato per «batterie» con i filtri scelti',
    ],
    [
      { query: 'batterie', count: 4, filtered: true, archiveUnavailable: true },
      '4 risultati per «batterie» con i filtri scelti. ' +
        'Gli articoli più vecchi non sono disponibili in questo momento. Riprova tra poco.',
    ],
    [
      { query: 'sodio', count: 0, filtered: false, archiveUnavailable: true },
      'Nessun risultato per «sodio». ' +
        'Gli articoli più vecchi non sono disponibili in questo momento. Riprova tra poco.',
    ],
  ])('summarizes %j as %j', (summary, expected) => {
    expect(resultSummary(summary)).toBe(expected);
  });
});

describe('searchingMessage', () => {
  it('quotes the words being searched', () => {
    expect(searchingMessage('xiaomi usa')).toBe('Ricerca di «xiaomi usa»…');
  });
});

describe('loadMoreLabel', () => {
  it('says how many results are on screen out of the total', () => {
    expect(loadMoreLabel(10, 42)).toBe('Mostra altri risultati (10 di 42)');
  });
});

describe('searchScope', () => {
  const recentFrom = { year: 2025, month: 1 };

  it('names the year when the recent articles start in January', () => {
    expect(searchScope('recent', recentFrom)).toBe('Risultati dagli articoli dal 2025 a oggi.');
  });

  it('names the month otherwise', () => {
    expect(searchScope('recent', { year: 2024, month: 7 })).toBe(
      'Risultati dagli articoli da luglio 2024 a oggi.',
    );
  });

  it('names the first month of the older articles reached', () => {
    expect(searchScope({ year: 2023, month: 5 }, recentFrom)).toBe(
      'Risultati dagli articoli da maggio 2023 a oggi.',
    );
    expect(searchScope({ year: 2019, month: 1 }, recentFrom)).toBe(
      'Risultati dagli articoli dal 2019 a oggi.',
    );
  });

  it('says the whole archive when every article is reached, or no month is known', () => {
    expect(searchScope('all', recentFrom)).toBe('Risultati da tutto l’archivio.');
    expect(searchScope('recent', undefined)).toBe('Risultati da tutto l’archivio.');
  });
});
