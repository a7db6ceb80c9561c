import { describe, expect, it } from 'vitest';
import { scheduleLines, scheduleSummary } from '../../../scripts/lib/schedule-summary';

const now = new Date('2026-12-03T21:00:00Z');
const scheduled = [
  { file: 'content/articles/a.md', title: 'Il lancio', date: new Date('2026-12-04T06:00:00Z') },
  { file: 'content/articles/b.md', title: 'La prova', date: new Date('2026-12-10T15:30:00Z') },
];

describe('scheduleSummary', () => {
  it('names the next article due, in Rome time, and how many wait', () => {
    expect(scheduleSummary(scheduled, now)).toBe(
      '2 articoli programmati; il prossimo esce il 4 dicembre 2026, 07:00: content/articles/a.md (ora: 3 dicembre 2026, 22:00)',
    );
  });

  it('says when nothing waits', () => {
    expect(scheduleSummary([], now)).toBe(
      'nessun articolo programmato (ora: 3 dicembre 2026, 22:00)',
    );
  });
});

describe('scheduleLines', () => {
  it('lists when, file and title', () => {
    expect(scheduleLines(scheduled)).toEqual([
      '  4 dicembre 2026, 07:00  content/articles/a.md  «Il lancio»',
      '  10 dicembre 2026, 16:30  content/articles/b.md  «La prova»',
    ]);
  });
});
