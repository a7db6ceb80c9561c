import { describe, expect, it } from 'vitest';
import {
  formatItalianDate,
  formatItalianDateTime,
  formatItalianMonth,
  formatNewsroomDate,
  formatNewsroomDateTime,
} from '../../../src/lib/dates/format-italian-date';
import { parseItalianDate } from '../../../src/lib/dates/parse-italian-date';
import { ITALIAN_MONTHS } from '../../../src/lib/dates/italian-months';
import { ROME_TIME_ZONE, zonedParts } from '../../../src/lib/dates/rome-time';

// Case tables keep one row per line (prettier-ignore), to scan and extend them as tables.

describe('date formatters', () => {
  // prettier-ignore
  it.each([
    { case: 'a summer morning', utc: '2018-07-04T08:30:00Z', zone: ROME_TIME_ZONE, date: '4 luglio 2018', dateTime: '4 luglio 2018, 10:30', newsroom: '04 Luglio 2018', newsroomTime: '04 Luglio 2018 10:30' },
    { case: 'the Rome day, not the UTC one', utc: '2018-07-03T23:30:00Z', zone: ROME_TIME_ZONE, date: '4 luglio 2018', dateTime: '4 luglio 2018, 01:30', newsroom: '04 Luglio 2018', newsroomTime: '04 Luglio 2018 01:30' },
    { case: 'the Rome year, not the UTC one', utc: '2018-12-31T23:30:00Z', zone: ROME_TIME_ZONE, date: '1 gennaio 2019', dateTime: '1 gennaio 2019, 00:30', newsroom: '01 Gennaio 2019', newsroomTime: '01 Gennaio 2019 00:30' },
    { case: 'a winter time, seconds dropped not rounded', utc: '2018-01-15T08:05:59Z', zone: ROME_TIME_ZONE, date: '15 gennaio 2018', dateTime: '15 gennaio 2018, 09:05', newsroom: '15 Gennaio 2018', newsroomTime: '15 Gennaio 2018 09:05' },
    { case: 'the second 02:30 of the autumn overlap', utc: '2018-10-28T01:30:00Z', zone: ROME_TIME_ZONE, date: '28 ottobre 2018', dateTime: '28 ottobre 2018, 02:30', newsroom: '28 Ottobre 2018', newsroomTime: '28 Ottobre 2018 02:30' },
    { case: 'another zone', utc: '2018-07-04T02:00:00Z', zone: 'America/New_York', date: '3 luglio 2018', dateTime: '3 luglio 2018, 22:00', newsroom: '03 Luglio 2018', newsroomTime: '03 Luglio 2018 22:00' },
  ])('write $case', ({ utc, zone, date, dateTime, newsroom, newsroomTime }) => {
    const instant = new Date(utc);
    expect(formatItalianDate(instant, zone)).toBe(date);
    expect(formatItalianDateTime(instant, zone)).toBe(dateTime);
    expect(formatNewsroomDate(instant, zone)).toBe(newsroom);
    expect(formatNewsroomDateTime(instant, zone)).toBe(newsroomTime);
  });

  it('default to Europe/Rome', () => {
    const instant = new Date('2018-07-03T23:30:00Z');
    expect(formatItalianDate(instant)).toBe('4 luglio 2018');
    expect(formatItalianDateTime(instant)).toBe('4 luglio 2018, 01:30');
    expect(formatNewsroomDate(instant)).toBe('04 Luglio 2018');
    expect(formatNewsroomDateTime(instant)).toBe('04 Luglio 2018 01:30');
  });

  it.each([formatItalianDate, formatItalianDateTime, formatNewsroomDate, formatNewsroomDateTime])(
    '%o refuses an invalid Date',
    (format) => {
      expect(() => format(new Date(Number.NaN))).toThrow(RangeError);
    },
  );
});

describe('newsroom dates round-trip through parseItalianDate', () => {
  // Instants through 2018, and a leap day. A step a minute short of an hour lands in nearly every
  // hour of every day, both daylight saving changes included, at a different minute each time; a
  // step a minute short of a day lands on every day.
  const through2018 = (stepMinutes: number): Date[] => {
    const instants: Date[] = [new Date('2020-02-29T12:00:00Z')];
    for (let t = Date.UTC(2018, 0, 1); t < Date.UTC(2019, 0, 1); t += stepMinutes * 60_000) {
      instants.push(new Date(t));
    }
    return instants;
  };
  const secondOverlapHour = (date: Date) =>
    date >= new Date('2018-10-28T01:00:00Z') && date < new Date('2018-10-28T02:00:00Z');

  it('reads formatNewsroomDate back as midnight in Rome of the same day', () => {
    const mismatches = through2018(24 * 60 - 1).filter((instant) => {
      const parsed = parseItalianDate(formatNewsroomDate(instant));
      if (!parsed.ok || parsed.hasTime) return true;
      const { hour, minute, second } = zonedParts(parsed.date);
      return (
        formatNewsroomDate(parsed.date) !== formatNewsroomDate(instant) ||
        hour + minute + (second ?? 0) > 0
      );
    });
    expect(mismatches).toEqual([]);
  });

  it('reads formatNewsroomDateTime back as the same minute', () => {
    const mismatches = through2018(59)
      .filter((instant) => !secondOverlapHour(instant))
      .filter((instant) => {
        const parsed = parseItalianDate(formatNewsroomDateTime(instant));
        return !parsed.ok || parsed.date.getTime() !== instant.getTime();
      });
    expect(mismatches).toEqual([]);
  });

  it('reads the second 02:00-02:59 of the autumn overlap back as the first', () => {
    const second = new Date('2018-10-28T01:30:00Z');
    const parsed = parseItalianDate(formatNewsroomDateTime(second));
    expect(parsed.ok && parsed.date.toISOString()).toBe('2018-10-28T00:30:00.000Z');
  });
});

describe('formatItalianMonth', () => {
  it.each(ITALIAN_MONTHS.map((name, index) => [index + 1, `${name} 2018`] as const))(
    'writes month %i of 2018 as %j',
    (month, label) => {
      expect(formatItalianMonth(2018, month)).toBe(label);
    },
  );

  it.each([0, 13, 1.5, Number.NaN])('refuses month %d', (month) => {
    expect(() => formatItalianMonth(2018, month)).toThrow(RangeError);
  });
});
