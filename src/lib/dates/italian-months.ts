/**
 * Italian month names, lower-case as Italian writes them mid-sentence, January first: index
 * `month - 1`. The one list both the date parser and the formatters read, so a name can never be
 * accepted by one and spelled differently by the other.
 */
export const ITALIAN_MONTHS = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
] as const;

/** One Italian month name, lower-case. */
export type ItalianMonth = (typeof ITALIAN_MONTHS)[number];

/** A month name as the newsroom writes it in a date (`04 Luglio 2018`): capitalised. */
export function newsroomMonthName(month: ItalianMonth): string {
  return month.charAt(0).toUpperCase() + month.slice(1);
}
