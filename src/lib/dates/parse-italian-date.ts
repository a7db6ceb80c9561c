/**
 * Reads a date as the newsroom writes it in front-matter (`04 Luglio 2018`, `4 lug 2018 10:30`,
 * ISO 8601, or the `Date` YAML makes of an unquoted `2018-07-04`) and returns the instant, or an
 * Italian message saying what is wrong and what is accepted.
 */
import { ITALIAN_MONTHS, newsroomMonthName, type ItalianMonth } from './italian-months';
import { ROME_TIME_ZONE, zonedWallTimeToDate, type WallTime } from './rome-time';

/** The forms an author may write, listed at the end of every error message; reuse it in help text. */
export const ACCEPTED_DATE_FORMATS =
  '04 Luglio 2018, 4 lug 2018, 04 Luglio 2018 10:30, 2018-07-04, 2018-07-04T10:30:00+02:00';

/**
 * The parsed instant and whether the author gave a time, or why the value is not a date. The
 * message is Italian, leaves out the value itself (the caller's formatter prints it) and ends
 * with {@link ACCEPTED_DATE_FORMATS}.
 */
export type DateParseResult =
  { ok: true; date: Date; hasTime: boolean } | { ok: false; message: string };

/** Full names, their first three letters, and `sett`, the other common cut of settembre. */
const MONTH_BY_NAME = new Map<string, number>([
  ...ITALIAN_MONTHS.flatMap((name, index): [string, number][] => [
    [name, index + 1],
    [name.slice(0, 3), index + 1],
  ]),
  ['sett', 9],
]);

/** Misspellings this close to a month name get a suggestion; further ones are not guessed. */
const MAX_SUGGESTION_DISTANCE = 2;

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](.+))?$/i;
// hh:mm[:ss[.fraction]], then optionally `Z` or ±hh[[:]mm], with at most a space between.
const ISO_TIME =
  /^(?<clock>(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.(?<fraction>\d+))?)?) ?(?<offset>z|(?<sign>[+-])(?<offsetHours>\d{2})(?::?(?<offsetMins>\d{2}))?)?$/i;
// The year is optional here so that `4 luglio` can be told "manca l'anno" rather than rejected.
const ITALIAN_DATE = /^(\d{1,2})[°º]? (\p{L}+)\.?(?:,? (\d+))?(?:,? (.+))?$/u;
const ITALIAN_TIME = /^(?:(?:alle ore|alle|ore) )?((\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)$/i;
const MONTH_AND_YEAR = /^(\p{L}+)\.? (\d{4})$/u;

type Failure = Extract<DateParseResult, { ok: false }>;

function failure(message: string): Failure {
  return { ok: false, message: `${message} (formati accettati: ${ACCEPTED_DATE_FORMATS})` };
}

function invalid(reason: string): Failure {
  return failure(`non è una data valida: ${reason}`);
}

/** Names what an author put where text was expected, the way YAML would have read it. */
function describeNonText(value: unknown): string {
  if (typeof value === 'number') return 'un numero';
  if (typeof value === 'boolean') return 'un valore sì/no';
  if (Array.isArray(value)) return 'un elenco';
  return 'un oggetto';
}

/**
 * Optimal string alignment distance: Levenshtein plus swaps of adjacent letters, the most common
 * typing slip (`lgulio`).
 */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The month whose full name is nearest to `word`, if any is within reach; ties go to the earlier. */
function closestMonth(word: string): ItalianMonth | undefined {
  let closest: ItalianMonth | undefined;
  let closestDistance = MAX_SUGGESTION_DISTANCE + 1;
  for (const name of ITALIAN_MONTHS) {
    const distance = editDistance(word, name);
    if (distance < closestDistance) {
      closest = name;
      closestDistance = distance;
    }
  }
  return closest;
}

function unknownMonth(word: string): Failure {
  const suggestion = closestMonth(word.toLowerCase());
  const hint = suggestion ? `, forse "${newsroomMonthName(suggestion)}"?` : '';
  return invalid(`il mese "${word}" non esiste${hint}`);
}

function unreadableTime(time: string): Failure {
  return invalid(`l'orario "${time}" non è riconosciuto, scrivilo come 10:30`);
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  // Day 0 of the next month is the last day of this one; setUTCFullYear keeps years 0-99 as is.
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** Why year-month-day is not a calendar day, or undefined when it is. */
function calendarProblem(year: number, month: number, day: number): string | undefined {
  const monthName = ITALIAN_MONTHS[month - 1];
  if (monthName === undefined) return `il mese ${month} non esiste, i mesi vanno da 01 a 12`;
  if (day < 1) return `il giorno ${day} non esiste`;
  const length = daysInMonth(year, month);
  return day > length ? `${monthName} ${year} ha ${length} giorni` : undefined;
}

function clockProblem(wall: WallTime, written: string): string | undefined {
  const { hour, minute, second = 0 } = wall;
  return hour > 23 || minute > 59 || second > 59
    ? `l'orario "${written}" non esiste, le ore vanno da 00:00 a 23:59`
    : undefined;
}

/** Checks the reading and resolves it in `timeZone`, or at `offsetMinutes` from UTC when given. */
function toResult(
  wall: WallTime,
  written: string | undefined,
  timeZone: string,
  offsetMinutes?: number,
  milliseconds = 0,
): DateParseResult {
  const problem =
    calendarProblem(wall.year, wall.month, wall.day) ??
    (written === undefined ? undefined : clockProblem(wall, written));
  if (problem !== undefined) return invalid(problem);
  const date =
    offsetMinutes === undefined
      ? zonedWallTimeToDate(wall, timeZone)
      : new Date(zonedWallTimeToDate(wall, 'UTC').getTime() - offsetMinutes * 60_000);
  date.setTime(date.getTime() + milliseconds);
  return { ok: true, date, hasTime: written !== undefined };
}

function parseIso(match: RegExpExecArray, timeZone: string): DateParseResult {
  const [, year, month, day, time] = match;
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  if (time === undefined) return toResult({ ...date, hour: 0, minute: 0 }, undefined, timeZone);
  const clock = ISO_TIME.exec(time);
  if (!clock) return unreadableTime(time);
  const {
    clock: written = '',
    hour,
    minute,
    second,
    fraction = '',
    offset,
    sign,
    offsetHours = '0',
    offsetMins = '0',
  } = clock.groups ?? {};
  if (Number(offsetHours) > 23 || Number(offsetMins) > 59) {
    return invalid(`il fuso orario "${offset}" non esiste`);
  }
  // `Z` matches no sign or digits, and so comes out as +00:00.
  const offsetMinutes =
    offset === undefined
      ? undefined
      : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMins));
  // Beyond milliseconds `Date` has no precision, so further digits are dropped, not rounded.
  const milliseconds = Number(fraction.slice(0, 3).padEnd(3, '0'));
  return toResult(
    { ...date, hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) },
    written,
    timeZone,
    offsetMinutes,
    milliseconds,
  );
}

function parseItalian(match: RegExpExecArray, timeZone: string): DateParseResult {
  const [, day, word = '', year, time] = match;
  const month = MONTH_BY_NAME.get(word.toLowerCase());
  if (month === undefined) return unknownMonth(word);
  if (year === undefined) return invalid("manca l'anno");
  if (year.length !== 4) return invalid(`l'anno "${year}" deve avere quattro cifre`);
  const date = { year: Number(year), month, day: Number(day) };
  if (time === undefined) return toResult({ ...date, hour: 0, minute: 0 }, undefined, timeZone);
  const clock = ITALIAN_TIME.exec(time);
  if (!clock) return unreadableTime(time);
  const [, written, hour, minute, second] = clock;
  return toResult(
    { ...date, hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) },
    written,
    timeZone,
  );
}

function parseText(text: string, timeZone: string): DateParseResult {
  if (text === '') return invalid('è vuota');
  const iso = ISO_DATE.exec(text);
  if (iso) return parseIso(iso, timeZone);
  const italian = ITALIAN_DATE.exec(text);
  if (italian) return parseItalian(italian, timeZone);
  const monthAndYear = MONTH_AND_YEAR.exec(text);
  if (monthAndYear) {
    const [, word = ''] = monthAndYear;
    return MONTH_BY_NAME.has(word.toLowerCase()) ? invalid('manca il giorno') : unknownMonth(word);
  }
  return invalid('il formato non è riconosciuto');
}

/**
 * A `Date` from YAML. An unquoted `2018-07-04` arrives as UTC midnight: the author meant that
 * calendar day, so it becomes midnight in `timeZone`. An unquoted timestamp with a time already
 * names an instant and is kept. (So an explicit `2018-07-04T00:00:00Z` also reads as a date:
 * YAML leaves no way to tell the two apart.)
 */
function fromYamlDate(value: Date, timeZone: string): DateParseResult {
  const epochMs = value.getTime();
  if (Number.isNaN(epochMs)) return invalid('la data è impossibile');
  if (epochMs % 86_400_000 !== 0) return { ok: true, date: new Date(epochMs), hasTime: true };
  const wall = {
    year: value.getUTCFullYear(),
    month: value.getUTCMonth() + 1,
    day: value.getUTCDate(),
    hour: 0,
    minute: 0,
  };
  return { ok: true, date: zonedWallTimeToDate(wall, timeZone), hasTime: false };
}

/**
 * Parses a front-matter date.
 *
 * Accepted: `04 Luglio 2018`, `4 luglio 2018`, `4 LUGLIO 2018`, `1° gennaio 2018`, three-letter
 * abbreviations with or without a dot (`4 lug 2018`, `4 lug. 2018`, also `sett`), an optional
 * time after a space, a comma, `alle` or `ore` (`04 Luglio 2018 10:30`, `10:30:15`, `10.30`,
 * `4 luglio 2018, alle 10:30`), ISO 8601 (`2018-07-04`, `2018-07-04 10:30`, `2018-07-04T10:30`,
 * `2018-07-04T10:30:00+02:00`, `2018-07-04T08:30:00Z`) and a YAML `Date`. Surrounding white space
 * is ignored and runs of it count as one space.
 *
 * A time without an offset is wall-clock time in `timeZone` (daylight saving resolved as
 * {@link zonedWallTimeToDate} documents); a date alone is midnight there.
 *
 * @param input The raw front-matter value.
 * @param timeZone IANA zone that offset-less times are read in.
 * @returns The instant and whether a time was given, or an Italian error message.
 * @throws {RangeError} Only if `timeZone` is not a known zone (a programming error).
 */
export function parseItalianDate(input: unknown, timeZone = ROME_TIME_ZONE): DateParseResult {
  if (input instanceof Date) return fromYamlDate(input, timeZone);
  if (typeof input === 'string') {
    const text = input.replace(/\s+/g, ' ').replace(/ ?, ?/g, ', ').trim();
    return parseText(text, timeZone);
  }
  if (input === undefined || input === null) return failure('manca la data');
  return invalid(`è ${describeNonText(input)}, non un testo`);
}
