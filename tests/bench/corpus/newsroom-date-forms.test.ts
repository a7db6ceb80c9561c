import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../bench/corpus/random';
import { newsroomDateValue } from '../../../bench/corpus/newsroom-date-forms';
import { parseItalianDate } from '../../../src/lib/dates/parse-italian-date';
import { zonedParts } from '../../../src/lib/dates/rome-time';

const ROME = 'Europe/Rome';
const dayOf = (date: Date) => {
  const { year, month, day } = zonedParts(date, ROME);
  return `${year}-${month}-${day}`;
};

describe('newsroomDateValue', () => {
  const random = createRandom(11);
  const samples = Array.from({ length: 600 }, (_, i) => {
    const date = new Date(Date.UTC(2016, 0, 1) + i * 5.3 * 24 * 3600 * 1000 + i * 7919 * 1000);
    return { date, value: newsroomDateValue(random, date, ROME) };
  });

  it('writes every value so that the date parser reads back the same day in Rome', () => {
    for (const { date, value } of samples) {
      const parsed = parseItalianDate(value.replace(/^"|"$/g, ''), ROME);
      expect(parsed.ok, value).toBe(true);
      if (parsed.ok) expect(dayOf(parsed.date), value).toBe(dayOf(date));
    }
  });

  it.each([
    ['04 Luglio 2018', /^\d\d \p{Lu}\p{Ll}+ \d{4}$/u],
    ['04 Luglio 2018 10:30', /^\d\d \p{Lu}\p{Ll}+ \d{4} \d\d:\d\d$/u],
    ['4 lug 2018', /^\d{1,2} \p{Ll}{3} \d{4}$/u],
    ['2018-07-04', /^\d{4}-\d\d-\d\d$/],
    ['"2018-07-04T10:30:00+02:00"', /^"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"$/],
    ['"2018-07-04 10:30"', /^"\d{4}-\d\d-\d\d \d\d:\d\d"$/],
  ])('uses the form %s', (_, form) => {
    expect(samples.some(({ value }) => form.test(value))).toBe(true);
  });

  it('quotes the ISO forms with a time, which YAML would otherwise read as UTC timestamps', () => {
    expect(
      samples.map(({ value }) => value).filter((value) => /^\d{4}-\d\d-\d\d[T ]/.test(value)),
    ).toEqual([]);
  });
});
