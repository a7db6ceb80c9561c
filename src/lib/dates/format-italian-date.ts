/**
 * Dates as Italian readers and authors write them, on the calendar of the newsroom's zone:
 * `4 luglio 2018` for pages, `04 Luglio 2018` for front-matter.
 */
import { ITALIAN_MONTHS, newsroomMonthName, type ItalianMonth } from './italian-months';
import { ROME_TIME_ZONE, zonedParts, type ZonedParts } from './rome-time';

const pad = (value: number): string => String(value).padStart(2, '0');

function monthName(month: number): ItalianMonth {
  const name = ITALIAN_MONTHS[month - 1];
  if (name === undefined) throw new RangeError(`Not a month (1-12): ${month}`);
  return name;
}

const readerDate = ({ year, month, day }: ZonedParts): string =>
  `${day} ${monthName(month)} ${year}`;

const newsroomDate = ({ year, month, day }: ZonedParts): string =>
  `${pad(day)} ${newsroomMonthName(monthName(month))} ${year}`;

const clock = ({ hour, minute }: ZonedParts): string => `${pad(hour)}:${pad(minute)}`;

/**
 * The calendar day of `date` in `timeZone`, as a reader sees it: `4 luglio 2018` (no leading
 * zero, lower-case month). The day is the zone's, so 2018-07-03T23:30Z is `4 luglio 2018`.
 *
 * @throws {RangeError} If `date` is invalid or `timeZone` is unknown.
 */
export function formatItalianDate(date: Date, timeZone = ROME_TIME_ZONE): string {
  return readerDate(zonedParts(date, timeZone));
}

/**
 * Day and 24-hour time of `date` in `timeZone`: `4 luglio 2018, 10:30`.
 *
 * @throws {RangeError} If `date` is invalid or `timeZone` is unknown.
 */
export function formatItalianDateTime(date: Date, timeZone = ROME_TIME_ZONE): string {
  const parts = zonedParts(date, timeZone);
  return `${readerDate(parts)}, ${clock(parts)}`;
}

/**
 * The calendar day of `date` in `timeZone` the way authors write it in front-matter:
 * `04 Luglio 2018`. `parseItalianDate` reads it back as midnight of the same day.
 *
 * @throws {RangeError} If `date` is invalid or `timeZone` is unknown.
 */
export function formatNewsroomDate(date: Date, timeZone = ROME_TIME_ZONE): string {
  return newsroomDate(zonedParts(date, timeZone));
}

/**
 * `date` to the minute, the way authors write it in front-matter: `04 Luglio 2018 10:30`.
 * `parseItalianDate` reads it back as the same minute, daylight saving included, except for the
 * second 02:00-02:59 of an autumn overlap, which reads back as the first.
 *
 * @throws {RangeError} If `date` is invalid or `timeZone` is unknown.
 */
export function formatNewsroomDateTime(date: Date, timeZone = ROME_TIME_ZONE): string {
  const parts = zonedParts(date, timeZone);
  return `${newsroomDate(parts)} ${clock(parts)}`;
}

/**
 * A month of a year for archive titles: `luglio 2018`.
 *
 * @param month 1-12.
 * @throws {RangeError} If `month` is not 1-12.
 */
export function formatItalianMonth(year: number, month: number): string {
  return `${monthName(month)} ${year}`;
}
