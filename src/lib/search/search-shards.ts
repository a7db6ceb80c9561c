/**
 * How the index follows the archive (pure): a primary index of the most recent years, which the
 * search page loads first, and one index per older year, loaded only when the reader asks for
 * older articles. A shard's digest names everything that goes into it, so an edit changes the
 * digest of the one shard it touches and the others are taken from the previous build.
 */
import { createHash } from 'node:crypto';
import type { SearchRecord } from './search-records';

/** Years the primary index covers, counting the newest article's year. */
export const RECENT_YEARS = 2;

/** The shards a set of publication years splits into. */
export interface ShardLayout {
  /** First year of the primary index; `undefined` for an empty archive. */
  recentFrom: number | undefined;
  /** Older years, newest first, one shard each. */
  olderYears: number[];
}

/** The layout of an archive whose articles were published in `years`. */
export function shardLayout(years: Iterable<number>, recentYears = RECENT_YEARS): ShardLayout {
  const distinct = [...new Set(years)].sort((a, b) => b - a);
  const newest = distinct[0];
  if (newest === undefined) return { recentFrom: undefined, olderYears: [] };
  const recentFrom = newest - recentYears + 1;
  return { recentFrom, olderYears: distinct.filter((year) => year < recentFrom) };
}

/** Folder of a shard under the Pagefind bundle: `''` for the primary index, `anni/2019` else. */
export const shardDir = (year?: number): string => (year === undefined ? '' : `anni/${year}`);

/** One index to write. */
export interface ShardPlan {
  /** Folder under the bundle folder (see {@link shardDir}). */
  dir: string;
  records: SearchRecord[];
  /** Hex digest of the records and of what writes them. */
  digest: string;
}

/**
 * Splits records into shards. `engine` names what turns records into files (the Pagefind
 * version and options): a change there must invalidate every cached shard.
 */
export function planShards(
  records: readonly SearchRecord[],
  engine: string,
  recentYears = RECENT_YEARS,
): ShardPlan[] {
  const { recentFrom, olderYears } = shardLayout(
    records.map((r) => r.year),
    recentYears,
  );
  if (recentFrom === undefined) return [plan(shardDir(), [], engine)];
  const byYear = Map.groupBy(records, (r) => (r.year >= recentFrom ? recentFrom : r.year));
  return [
    plan(shardDir(), byYear.get(recentFrom) ?? [], engine),
    ...olderYears.map((year) => plan(shardDir(year), byYear.get(year) ?? [], engine)),
  ];
}

function plan(dir: string, records: SearchRecord[], engine: string): ShardPlan {
  // Sorted by URL, so the digest does not depend on the order files were read in.
  const sorted = records.toSorted((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const hash = createHash('sha256').update(engine).update('\0').update(dir);
  for (const record of sorted) hash.update('\0').update(JSON.stringify(record));
  return { dir, records: sorted, digest: hash.digest('hex').slice(0, 24) };
}
