import { describe, expect, it } from 'vitest';
import {
  ROME_TIME_ZONE,
  formatIsoWithOffset,
  zonedParts,
  zonedWallTimeToDate,
  type WallTime,
  type ZonedParts,
} from '../../../src/lib/dates/rome-time';

// Case tables keep one row per line (prettier-ignore), to scan and extend them as tables.

const wall = (
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second?: number,
): WallTime => ({ year, month, day, hour, minute, second });

/** `from` to `to`, both included. */
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Every whole UTC hour of `year`. */
const hoursOf = (year: number): number[] => {
  const start = Date.UTC(year, 0, 1);
  return range(0, (Date.UTC(year + 1, 0, 1) - start) / 3_600_000 - 1).map(
    (hour) => start + hour * 3_600_000,
  );
};

const referenceFormatters = new Map<string, Intl.DateTimeFormat>();

/** The reference `zonedParts` is checked against: `formatToParts` at every call, no caching. */
function intlParts(date: Date, timeZone: string): ZonedParts {
  const formatter =
    referenceFormatters.get(timeZone) ??
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  referenceFormatters.set(timeZone, formatter);
  const parts = formatter.formatToParts(date);
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  const [year, month, day, hour, minute, second] = (
    ['year', 'month', 'day', 'hour', 'minute', 'second'] as const
  ).map(field) as [number, number, number, number, number, number];
  const wallAsUtc = new Date(0);
  wallAsUtc.setUTCFullYear(year, month - 1, day);
  wallAsUtc.setUTCHours(hour, minute, second, 0);
  const offsetMinutes = (wallAsUtc.getTime() - Math.floor(date.getTime() / 1000) * 1000) / 60_000;
  return { year, month, day, hour, minute, second, offsetMinutes };
}

const equalParts = (a: ZonedParts, b: ZonedParts): boolean =>
  (Object.keys(b) as (keyof ZonedParts)[]).every((key) => a[key] === b[key]);

describe('zonedWallTimeToDate', () => {
  // prettier-ignore
  it.each([
    { case: 'winter midnight in Rome (+01:00)', wall: wall(2018, 1, 1), zone: ROME_TIME_ZONE, utc: '2017-12-31T23:00:00.000Z' },
    { case: 'summer midnight in Rome (+02:00)', wall: wall(2018, 7, 4), zone: ROME_TIME_ZONE, utc: '2018-07-03T22:00:00.000Z' },
    { case: 'a summer morning with seconds', wall: wall(2018, 7, 4, 10, 30, 15), zone: ROME_TIME_ZONE, utc: '2018-07-04T08:30:15.000Z' },
    { case: 'the last second before spring forward', wall: wall(2019, 3, 31, 1, 59, 59), zone: ROME_TIME_ZONE, utc: '2019-03-31T00:59:59.000Z' },
    { case: 'the start of the gap, moved to 03:00 CEST', wall: wall(2019, 3, 31, 2, 0), zone: ROME_TIME_ZONE, utc: '2019-03-31T01:00:00.000Z' },
    { case: 'the middle of the gap, moved to 03:30 CEST', wall: wall(2019, 3, 31, 2, 30), zone: ROME_TIME_ZONE, utc: '2019-03-31T01:30:00.000Z' },
    { case: 'the end of the gap, moved to 03:59:59 CEST', wall: wall(2019, 3, 31, 2, 59, 59), zone: ROME_TIME_ZONE, utc: '2019-03-31T01:59:59.000Z' },
    { case: '03:30 CEST right after the gap', wall: wall(2019, 3, 31, 3, 30), zone: ROME_TIME_ZONE, utc: '2019-03-31T01:30:00.000Z' },
    { case: 'the last second before the overlap (CEST)', wall: wall(2018, 10, 28, 1, 59, 59), zone: ROME_TIME_ZONE, utc: '2018-10-27T23:59:59.000Z' },
    { case: 'the start of the overlap, first occurrence (CEST)', wall: wall(2018, 10, 28, 2, 0), zone: ROME_TIME_ZONE, utc: '2018-10-28T00:00:00.000Z' },
    { case: 'the middle of the overlap, first occurrence (CEST)', wall: wall(2018, 10, 28, 2, 30), zone: ROME_TIME_ZONE, utc: '2018-10-28T00:30:00.000Z' },
    { case: 'the end of the overlap, first occurrence (CEST)', wall: wall(2018, 10, 28, 2, 59, 59), zone: ROME_TIME_ZONE, utc: '2018-10-28T00:59:59.000Z' },
    { case: '03:00 CET after the overlap', wall: wall(2018, 10, 28, 3, 0), zone: ROME_TIME_ZONE, utc: '2018-10-28T02:00:00.000Z' },
    { case: 'the New York spring gap, moved to 03:30 EDT', wall: wall(2019, 3, 10, 2, 30), zone: 'America/New_York', utc: '2019-03-10T07:30:00.000Z' },
    { case: 'the New York autumn overlap, first occurrence (EDT)', wall: wall(2018, 11, 4, 1, 30), zone: 'America/New_York', utc: '2018-11-04T05:30:00.000Z' },
    { case: 'a half-hour gap on Lord Howe Island', wall: wall(2019, 10, 6, 2, 15), zone: 'Australia/Lord_Howe', utc: '2019-10-05T15:45:00.000Z' },
    { case: 'the day Samoa skipped, moved forward by a whole day', wall: wall(2011, 12, 30, 12, 0), zone: 'Pacific/Apia', utc: '2011-12-30T22:00:00.000Z' },
    { case: 'a zone with a fractional offset', wall: wall(2018, 7, 4, 10, 30), zone: 'Asia/Kolkata', utc: '2018-07-04T05:00:00.000Z' },
    { case: 'year 5, not 1905', wall: wall(5, 1, 1), zone: 'UTC', utc: '0005-01-01T00:00:00.000Z' },
    { case: 'year 5 BC (astronomical -4)', wall: wall(-4, 1, 1), zone: 'UTC', utc: '-000004-01-01T00:00:00.000Z' },
  ])('reads $case', ({ wall: reading, zone, utc }) => {
    expect(zonedWallTimeToDate(reading, zone).toISOString()).toBe(utc);
  });

  it('defaults to Europe/Rome', () => {
    expect(zonedWallTimeToDate(wall(2018, 7, 4, 10, 30)).toISOString()).toBe(
      '2018-07-04T08:30:00.000Z',
    );
  });

  it.each([
    { case: 'month 13', reading: wall(2018, 13, 1) },
    { case: 'month 0', reading: wall(2018, 0, 1) },
    { case: '29 February in a common year', reading: wall(2019, 2, 29) },
    { case: 'day 0', reading: wall(2018, 7, 0) },
    { case: 'hour 24', reading: wall(2018, 7, 4, 24, 0) },
    { case: 'minute 60', reading: wall(2018, 7, 4, 10, 60) },
    { case: 'second 60', reading: wall(2018, 7, 4, 10, 30, 60) },
    { case: 'a fractional day', reading: wall(2018, 7, 4.5) },
    { case: 'a NaN year', reading: wall(Number.NaN, 7, 4) },
  ])('refuses $case instead of rolling it over', ({ reading }) => {
    expect(() => zonedWallTimeToDate(reading)).toThrow(RangeError);
  });

  it('refuses an unknown time zone', () => {
    expect(() => zonedWallTimeToDate(wall(2018, 7, 4), 'Europa/Roma')).toThrow(RangeError);
  });
});

describe('zonedParts', () => {
  // prettier-ignore
  it.each([
    { case: 'a summer instant in Rome', utc: '2018-07-04T08:30:15Z', zone: ROME_TIME_ZONE, parts: [2018, 7, 4, 10, 30, 15, 120] },
    { case: 'a winter instant in Rome', utc: '2018-01-15T12:00:00Z', zone: ROME_TIME_ZONE, parts: [2018, 1, 15, 13, 0, 0, 60] },
    { case: 'midnight as hour 0, not 24', utc: '2018-07-03T22:00:00Z', zone: ROME_TIME_ZONE, parts: [2018, 7, 4, 0, 0, 0, 120] },
    { case: 'the first 02:30 of the overlap', utc: '2018-10-28T00:30:00Z', zone: ROME_TIME_ZONE, parts: [2018, 10, 28, 2, 30, 0, 120] },
    { case: 'the second 02:30 of the overlap', utc: '2018-10-28T01:30:00Z', zone: ROME_TIME_ZONE, parts: [2018, 10, 28, 2, 30, 0, 60] },
    { case: 'milliseconds, dropped without skewing the offset', utc: '2018-07-04T08:30:15.999Z', zone: ROME_TIME_ZONE, parts: [2018, 7, 4, 10, 30, 15, 120] },
    { case: 'a pre-1970 instant with milliseconds', utc: '1960-07-04T08:30:15.500Z', zone: ROME_TIME_ZONE, parts: [1960, 7, 4, 9, 30, 15, 60] },
    { case: 'a negative offset in New York summer', utc: '2018-07-04T08:30:00Z', zone: 'America/New_York', parts: [2018, 7, 4, 4, 30, 0, -240] },
    { case: 'a negative offset in New York winter', utc: '2018-01-15T12:00:00Z', zone: 'America/New_York', parts: [2018, 1, 15, 7, 0, 0, -300] },
    { case: "Rome's local mean time before 1893", utc: '1850-01-01T00:00:00Z', zone: ROME_TIME_ZONE, parts: [1850, 1, 1, 0, 49, 56, 2996 / 60] },
    { case: 'a year before the common era', utc: '-000004-01-01T00:00:00Z', zone: 'UTC', parts: [-4, 1, 1, 0, 0, 0, 0] },
  ])('reads $case', ({ utc, zone, parts }) => {
    const [year, month, day, hour, minute, second, offsetMinutes] = parts;
    expect(zonedParts(new Date(utc), zone)).toEqual({
      year,
      month,
      day,
      hour,
      minute,
      second,
      offsetMinutes,
    });
  });

  it.each(range(2015, 2030))('matches Intl at every hour of %i in Rome', (year) => {
    const mismatches = hoursOf(year)
      .map((epochMs) => new Date(epochMs))
      .filter((date) => !equalParts(zonedParts(date), intlParts(date, ROME_TIME_ZONE)));
    expect(mismatches).toEqual([]);
  });

  // prettier-ignore
  it.each([
    { case: 'Rome, the seconds around spring forward 2019', zone: ROME_TIME_ZONE, utc: '2019-03-31T01:00:00Z' },
    { case: 'Rome, the seconds around fall back 2018', zone: ROME_TIME_ZONE, utc: '2018-10-28T01:00:00Z' },
    { case: 'New York, the seconds around spring forward 2019', zone: 'America/New_York', utc: '2019-03-10T07:00:00Z' },
    { case: 'Lord Howe Island, a switch at half past a UTC hour', zone: 'Australia/Lord_Howe', utc: '2019-10-05T15:30:00Z' },
    { case: 'Lord Howe Island, the switch back', zone: 'Australia/Lord_Howe', utc: '2019-04-06T15:00:00Z' },
    { case: 'Rome, the switch from Rome mean time in 1893', zone: ROME_TIME_ZONE, utc: '1893-10-31T23:00:00Z' },
  ])('matches Intl second by second across $case', ({ zone, utc }) => {
    const at = new Date(utc).getTime();
    const mismatches = range(-3600, 3600)
      .map((second) => new Date(at + second * 1000 + 250))
      .filter((date) => !equalParts(zonedParts(date, zone), intlParts(date, zone)));
    expect(mismatches).toEqual([]);
  });

  it('defaults to Europe/Rome', () => {
    expect(zonedParts(new Date('2018-07-04T08:30:00Z'))).toMatchObject({
      hour: 10,
      offsetMinutes: 120,
    });
  });

  it('refuses an invalid Date', () => {
    expect(() => zonedParts(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatIsoWithOffset', () => {
  // prettier-ignore
  it.each([
    { case: 'summer in Rome', utc: '2018-07-04T08:30:00Z', zone: ROME_TIME_ZONE, iso: '2018-07-04T10:30:00+02:00' },
    { case: 'winter in Rome', utc: '2018-01-15T12:00:05Z', zone: ROME_TIME_ZONE, iso: '2018-01-15T13:00:05+01:00' },
    { case: 'midnight in Rome on its own calendar day', utc: '2018-07-03T22:00:00Z', zone: ROME_TIME_ZONE, iso: '2018-07-04T00:00:00+02:00' },
    { case: 'UTC as +00:00', utc: '2018-07-04T08:30:00Z', zone: 'UTC', iso: '2018-07-04T08:30:00+00:00' },
    { case: 'a negative offset', utc: '2018-07-04T08:30:00Z', zone: 'America/New_York', iso: '2018-07-04T04:30:00-04:00' },
    { case: 'a negative half-hour offset', utc: '2018-01-15T12:00:00Z', zone: 'America/St_Johns', iso: '2018-01-15T08:30:00-03:30' },
    { case: 'a 45-minute offset', utc: '2018-07-04T08:30:00Z', zone: 'Asia/Kathmandu', iso: '2018-07-04T14:15:00+05:45' },
    { case: 'local mean time with its seconds', utc: '1850-01-01T00:00:00Z', zone: ROME_TIME_ZONE, iso: '1850-01-01T00:49:56+00:49:56' },
    { case: 'a negative local mean time', utc: '1850-01-01T00:00:00Z', zone: 'America/New_York', iso: '1849-12-31T19:03:58-04:56:02' },
    { case: 'a year padded to four digits', utc: '0005-01-01T00:00:00Z', zone: 'UTC', iso: '0005-01-01T00:00:00+00:00' },
  ])('writes $case', ({ utc, zone, iso }) => {
    expect(formatIsoWithOffset(new Date(utc), zone)).toBe(iso);
  });

  it('defaults to Europe/Rome', () => {
    expect(formatIsoWithOffset(new Date('2018-07-04T08:30:00Z'))).toBe('2018-07-04T10:30:00+02:00');
  });

  it.each([
    ['2018-07-04T08:30:15.000Z', ROME_TIME_ZONE],
    ['2018-10-28T00:30:00.000Z', ROME_TIME_ZONE],
    ['2018-10-28T01:30:00.000Z', ROME_TIME_ZONE],
    ['2018-01-15T12:00:00.000Z', 'America/St_Johns'],
  ])('writes %s in %s as text that names the same instant', (utc, zone) => {
    expect(new Date(formatIsoWithOffset(new Date(utc), zone)).toISOString()).toBe(utc);
  });
});
