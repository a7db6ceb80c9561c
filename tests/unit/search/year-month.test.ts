import { describe, expect, it } from 'vitest';
import {
  formatYearMonth,
  monthAt,
  monthIndex,
  parseYearMonth,
} from '../../../src/lib/search/year-month';

describe('monthIndex and monthAt', () => {
  it('step across the turn of a year', () => {
    const december = monthIndex({ year: 2024, month: 12 });
    expect(monthAt(december + 1)).toEqual({ year: 2025, month: 1 });
    expect(monthAt(december)).toEqual({ year: 2024, month: 12 });
  });
});

describe('formatYearMonth and parseYearMonth', () => {
  it('round-trip a month', () => {
    expect(formatYearMonth({ year: 2024, month: 7 })).toBe('2024-07');
    expect(parseYearMonth('2024-07')).toEqual({ year: 2024, month: 7 });
  });

  it.each([undefined, '', '2024', '2024-13', '2024-00', '2024-7', ' 2024-07'])(
    'read %j as no month',
    (text) => {
      expect(parseYearMonth(text)).toBeUndefined();
    },
  );
});
