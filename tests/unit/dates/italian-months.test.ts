import { describe, expect, it } from 'vitest';
import { ITALIAN_MONTHS, newsroomMonthName } from '../../../src/lib/dates/italian-months';

describe('ITALIAN_MONTHS', () => {
  it('lists the twelve months from January, lower-case', () => {
    expect(ITALIAN_MONTHS.join(' ')).toBe(
      'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    );
  });
});

describe('newsroomMonthName', () => {
  it.each([
    ['gennaio', 'Gennaio'],
    ['luglio', 'Luglio'],
    ['dicembre', 'Dicembre'],
  ] as const)('capitalises %s as %s', (month, written) => {
    expect(newsroomMonthName(month)).toBe(written);
  });
});
