/**
 * A calendar month as the search index splits the archive by (pure, shared by the build and the
 * page's script): the primary index starts at one, and the page says which.
 */

/** A month of a year; `month` counts from 1 (January). */
export interface YearMonth {
  year: number;
  month: number;
}

/** Months since year 0, so months compare and step as integers. */
export const monthIndex = ({ year, month }: YearMonth): number => year * 12 + month - 1;

/** The month at `index` (see {@link monthIndex}). */
export const monthAt = (index: number): YearMonth => ({
  year: Math.floor(index / 12),
  month: (index % 12) + 1,
});

/** `2024-07`: how the page's markup carries a month to its script. */
export const formatYearMonth = ({ year, month }: YearMonth): string =>
  `${year}-${String(month).padStart(2, '0')}`;

/** The month `formatYearMonth` wrote, or `undefined` for anything else. */
export function parseYearMonth(text: string | undefined): YearMonth | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(text ?? '');
  if (!match) return undefined;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : undefined;
}
