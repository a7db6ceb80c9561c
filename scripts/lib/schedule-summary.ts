/**
 * What is waiting for its date, in the words `npm run build` and `npm run check` print.
 */
import type { ScheduledArticle } from '../../src/lib/content/check-content';
import { formatItalianDateTime } from '../../src/lib/dates/format-italian-date';

const waiting = (n: number) => (n === 1 ? '1 articolo programmato' : `${n} articoli programmati`);

/** One line: the next article due and how many wait, or that none does. */
export function scheduleSummary(scheduled: readonly ScheduledArticle[], now: Date): string {
  const [next] = scheduled;
  const asOf = `(ora: ${formatItalianDateTime(now)})`;
  if (next === undefined) return `nessun articolo programmato ${asOf}`;
  return `${waiting(scheduled.length)}; il prossimo esce il ${formatItalianDateTime(next.date)}: ${next.file} ${asOf}`;
}

/** One line per scheduled article, soonest first: when, file and title. */
export function scheduleLines(scheduled: readonly ScheduledArticle[]): string[] {
  return scheduled.map(
    ({ file, title, date }) => `  ${formatItalianDateTime(date)}  ${file}  «${title}»`,
  );
}
