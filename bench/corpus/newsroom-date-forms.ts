/**
 * Front-matter dates in the forms a newsroom really writes, so the corpus exercises the date
 * parser the way an imported archive does.
 */
import {
  formatNewsroomDate,
  formatNewsroomDateTime,
} from '../../src/lib/dates/format-italian-date';
import { ITALIAN_MONTHS } from '../../src/lib/dates/italian-months';
import { formatIsoWithOffset, zonedParts } from '../../src/lib/dates/rome-time';
import type { Random } from './random';

const pad = (value: number): string => String(value).padStart(2, '0');

/** Each form with its share of the corpus; every one is accepted by `parseItalianDate`. */
const FORMS: readonly { weight: number; write: (date: Date, timeZone: string) => string }[] = [
  // 04 Luglio 2018
  { weight: 30, write: (date, zone) => formatNewsroomDate(date, zone) },
  // 04 Luglio 2018 10:30
  { weight: 25, write: (date, zone) => formatNewsroomDateTime(date, zone) },
  // 4 lug 2018
  {
    weight: 15,
    write: (date, zone) => {
      const { year, month, day } = zonedParts(date, zone);
      return `${day} ${(ITALIAN_MONTHS[month - 1] ?? '').slice(0, 3)} ${year}`;
    },
  },
  // 2018-07-04, which YAML reads as a date
  {
    weight: 15,
    write: (date, zone) => {
      const { year, month, day } = zonedParts(date, zone);
      return `${year}-${pad(month)}-${pad(day)}`;
    },
  },
  // "2018-07-04T10:30:00+02:00"
  { weight: 10, write: (date, zone) => `"${formatIsoWithOffset(date, zone)}"` },
  // "2018-07-04 10:30": quoted, or YAML would read a UTC timestamp
  {
    weight: 5,
    write: (date, zone) => {
      const { year, month, day, hour, minute } = zonedParts(date, zone);
      return `"${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}"`;
    },
  },
];

const TOTAL_WEIGHT = FORMS.reduce((sum, form) => sum + form.weight, 0);

/** `date` as a YAML front-matter value in one of the newsroom's forms, chosen by `random`. */
export function newsroomDateValue(random: Random, date: Date, timeZone: string): string {
  let roll = random.next() * TOTAL_WEIGHT;
  for (const form of FORMS) {
    roll -= form.weight;
    if (roll < 0) return form.write(date, timeZone);
  }
  return formatNewsroomDate(date, timeZone);
}
