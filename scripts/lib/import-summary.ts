/**
 * The closing summary both comment importers print, so their outputs read the same.
 */
import type { MergeCounts } from '../../src/lib/importers/merge';

/** Running totals of an import. */
export interface ImportTally extends MergeCounts {
  /** Snapshot files written (created or changed). */
  snapshotsWritten: number;
  /** Snapshot files left as they were. */
  snapshotsUnchanged: number;
}

/** A tally at zero. */
export const emptyTally = (): ImportTally => ({
  added: 0,
  updated: 0,
  unchanged: 0,
  detached: 0,
  snapshotsWritten: 0,
  snapshotsUnchanged: 0,
});

/** Adds one merge to `tally`. */
export function addMerge(tally: ImportTally, merge: MergeCounts & { changed: boolean }): void {
  tally.added += merge.added;
  tally.updated += merge.updated;
  tally.unchanged += merge.unchanged;
  tally.detached += merge.detached;
  if (merge.changed) tally.snapshotsWritten += 1;
  else tally.snapshotsUnchanged += 1;
}

/** Summary lines about comments; `extra` adds importer-specific counts (`3 scartati (spam)`). */
export function commentSummary(tally: ImportTally, extra: readonly string[] = []): string[] {
  const counts = [
    `${tally.added} aggiunti`,
    `${tally.updated} aggiornati`,
    `${tally.unchanged} invariati`,
    ...extra,
  ];
  const lines = [
    `Commenti: ${counts.join(', ')}`,
    `File dei commenti: ${tally.snapshotsWritten} scritti, ${tally.snapshotsUnchanged} invariati`,
  ];
  if (tally.detached > 0)
    lines.push(`Risposte a commenti assenti, rese commenti principali: ${tally.detached}`);
  return lines;
}
