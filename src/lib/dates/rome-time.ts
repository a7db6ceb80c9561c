/**
 * Conversions between a wall-clock reading in an IANA time zone and the instant it names, built
 * on `Intl.DateTimeFormat` alone: the zone rules are the ICU data Node ships, so there is no
 * offset table of our own to fall out of date.
 *
 * @see https://tc39.es/proposal-temporal/docs/zoneddatetime.html#ambiguity-and-disambiguation
 */

/** The zone the newsroom writes in, and the default of every function here. */
export const ROME_TIME_ZONE = 'Europe/Rome';

/** A reading of a wall clock: month 1-12, hour 0-23, second 0 when omitted. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number | undefined;
}

/** What a clock in a zone shows at an instant, and that zone's offset from UTC then. */
export interface ZonedParts extends Required<WallTime> {
  /**
   * Minutes to add to UTC to get the wall clock (`120` for CEST, `-300` for New York in winter).
   * Whole for every zone since the early twentieth century; local mean time before that can
   * leave a fraction (Rome until 1893 was +00:49:56).
   */
  offsetMinutes: number;
}

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_DAY = 24 * MS_PER_HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building a formatter costs far more than using one, and a build reads thousands of dates. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    // h23, not hour12: false, which some ICU versions render as 24:00 at midnight.
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  formatters.set(timeZone, formatter);
  return formatter;
}

/** The wall clock in `timeZone` at `epochMs`, to the second. */
function wallTimeAt(epochMs: number, timeZone: string): Required<WallTime> {
  const parts = formatterFor(timeZone).formatToParts(epochMs);
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);
  const yearOfEra = field('year');
  const isBeforeCommonEra = parts.some((part) => part.type === 'era' && part.value === 'BC');
  return {
    // Astronomical numbering, as `Date` uses: 1 BC is year 0.
    year: isBeforeCommonEra ? 1 - yearOfEra : yearOfEra,
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

/**
 * The epoch milliseconds at which a UTC clock shows `wall`. Fields must name a real calendar
 * time: an overflowing one (month 13, 30 February, 24:00) would silently roll over in `Date`,
 * so it is refused instead.
 */
function wallTimeAsUtc(wall: WallTime): number {
  const { year, month, day, hour, minute, second = 0 } = wall;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const roundTrips =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  if (!roundTrips) throw new RangeError(`Not a calendar time: ${JSON.stringify(wall)}`);
  return date.getTime();
}

/** Milliseconds the zone's clock is ahead of UTC at `epochMs`, asked of `Intl`. */
function offsetFromIntl(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / MS_PER_SECOND) * MS_PER_SECOND;
  return wallTimeAsUtc(wallTimeAt(epochMs, timeZone)) - wholeSecond;
}

/**
 * Spans the offset is kept for, longest first: a week with a transition is looked at per day,
 * a day with one per hour. Zones change offset at whole seconds and never twice within a week
 * (Ramadan suspensions of daylight saving last about a month), so a span whose first and last
 * second agree has one offset throughout.
 */
const STEADY_SPANS = [7 * MS_PER_DAY, MS_PER_DAY, MS_PER_HOUR];

/** Per zone and span, the offset of each span asked so far; null when it changes within. */
const steadyOffsets = new Map<string, Map<number, number | null>[]>();

/** The offset throughout the `index`-th span of `spanMs` since the epoch, or null when it changes. */
function steadyOffset(
  cache: Map<number, number | null>,
  index: number,
  spanMs: number,
  timeZone: string,
): number | null {
  let offset = cache.get(index);
  if (offset === undefined) {
    const atStart = offsetFromIntl(index * spanMs, timeZone);
    const atEnd = offsetFromIntl((index + 1) * spanMs - MS_PER_SECOND, timeZone);
    offset = atStart === atEnd ? atStart : null;
    cache.set(index, offset);
  }
  return offset;
}

/**
 * Milliseconds the zone's clock is ahead of UTC at `epochMs`.
 *
 * `formatToParts` costs microseconds and a build asks for the offset of hundreds of thousands of
 * comment dates, while a zone changes offset a couple of times a year. So the offset is kept per
 * span of {@link STEADY_SPANS}, and an hour with a transition inside it (Lord Howe Island
 * switches at half past) is asked of `Intl` every time.
 */
function offsetAt(epochMs: number, timeZone: string): number {
  let caches = steadyOffsets.get(timeZone);
  if (!caches) {
    caches = STEADY_SPANS.map(() => new Map());
    steadyOffsets.set(timeZone, caches);
  }
  for (const [level, spanMs] of STEADY_SPANS.entries()) {
    const cache = caches[level] ?? new Map<number, number | null>();
    const offset = steadyOffset(cache, Math.floor(epochMs / spanMs), spanMs, timeZone);
    if (offset !== null) return offset;
  }
  return offsetFromIntl(epochMs, timeZone);
}

/** The wall clock in `timeZone` at `epochMs`, to the second: UTC arithmetic on the zone's offset. */
function zonedWallTime(epochMs: number, timeZone: string): Required<WallTime> {
  const wall = new Date(
    Math.floor(epochMs / MS_PER_SECOND) * MS_PER_SECOND + offsetAt(epochMs, timeZone),
  );
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/**
 * The instant at which a clock in `timeZone` shows `wall`.
 *
 * Daylight saving makes some readings ambiguous, resolved as Temporal's default
 * (`disambiguation: 'compatible'`) and `Date` itself do:
 * - in the spring-forward gap the reading never happens, so it is read with the offset in force
 *   before the jump, which moves it forward by the gap: 2019-03-31 02:30 in Rome becomes 03:30
 *   CEST (01:30Z);
 * - in the autumn overlap the reading happens twice, and the first is taken: 2018-10-28 02:30 in
 *   Rome is 02:30 CEST (00:30Z), not CET.
 *
 * Assumes the zone changes offset at most once within a day either side of `wall`, which holds
 * for every zone in the IANA database since the adoption of standard time.
 *
 * @param wall The reading; it must be a real calendar time (no 30 February, no 24:00).
 * @param timeZone An IANA zone name.
 * @returns The UTC instant, to the second.
 * @throws {RangeError} If `wall` is not a calendar time or `timeZone` is unknown.
 */
export function zonedWallTimeToDate(wall: WallTime, timeZone = ROME_TIME_ZONE): Date {
  const asUtc = wallTimeAsUtc(wall);
  const withOffsetBefore = asUtc - offsetAt(asUtc - MS_PER_DAY, timeZone);
  const withOffsetAfter = asUtc - offsetAt(asUtc + MS_PER_DAY, timeZone);
  const showsWall = (epochMs: number) => wallTimeAsUtc(zonedWallTime(epochMs, timeZone)) === asUtc;
  const candidates = [withOffsetBefore, withOffsetAfter].filter(showsWall);
  return new Date(candidates.length > 0 ? Math.min(...candidates) : withOffsetBefore);
}

/**
 * What a clock in `timeZone` shows at `date`, with the zone's offset then.
 *
 * @throws {RangeError} If `date` is invalid or `timeZone` is unknown.
 */
export function zonedParts(date: Date, timeZone = ROME_TIME_ZONE): ZonedParts {
  const epochMs = date.getTime();
  if (Number.isNaN(epochMs)) throw new RangeError('Invalid time value');
  return {
    ...zonedWallTime(epochMs, timeZone),
    offsetMinutes: offsetAt(epochMs, timeZone) / MS_PER_MINUTE,
  };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * `date` as ISO 8601 local time with its offset in `timeZone`, to the second:
 * `2018-07-04T10:30:00+02:00`. The form `<time datetime>`, JSON-LD and
 * `article:published_time` expect, and readable as the time the newsroom wrote. UTC is written
 * `+00:00`, not `Z`, so every value has the same shape. A pre-1900 local-mean-time offset keeps
 * its seconds (`+00:49:56`), as RFC 9557 allows, so the string still names the same instant.
 *
 * @throws {RangeError} If `date` is invalid or `timeZone` is unknown.
 */
export function formatIsoWithOffset(date: Date, timeZone = ROME_TIME_ZONE): string {
  const { year, month, day, hour, minute, second, offsetMinutes } = zonedParts(date, timeZone);
  const offsetSeconds = Math.round(Math.abs(offsetMinutes) * 60);
  const offsetHours = Math.floor(offsetSeconds / 3600);
  const offsetMinutesPart = Math.floor(offsetSeconds / 60) % 60;
  const offsetSecondsPart = offsetSeconds % 60;
  const offset =
    `${offsetMinutes < 0 ? '-' : '+'}${pad(offsetHours)}:${pad(offsetMinutesPart)}` +
    (offsetSecondsPart === 0 ? '' : `:${pad(offsetSecondsPart)}`);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second ?? 0)}${offset}`;
}
