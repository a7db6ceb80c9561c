/**
 * How the index follows the archive (pure): a primary index of the most recent years, which the
 * search page loads first, and one index per older year, loaded only when the reader asks for
 * older articles. A shard's digest names everything that goes into it, so an edit changes the
 * digest of the one shard it touches and the others are taken from the previous build.
 */
import { createHash } from 'node:crypto';

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

/** What a shard is planned from: one article, by its URL, publication year and digest. */
export interface ShardItem {
  /** The article's path; the order of a shard's items and part of its digest. */
  url: string;
  /** Calendar year of publication in the newsroom's zone. */
  year: number;
  /** Digest of everything the article's record is made from (its file). */
  digest: string;
}

/** One index to write. */
export interface ShardPlan<T extends ShardItem = ShardItem> {
  /** Folder under the bundle folder (see {@link shardDir}). */
  dir: string;
  items: T[];
  /** Hex digest of the items and of what turns them into files. */
  digest: string;
}

/**
 * Splits articles into shards, without building their records: a shard whose digest the cache
 * holds is never looked at again. `engine` names what turns articles into files (the record
 * code, the Pagefind version and options): a change there must invalidate every cached shard.
 */
export function planShards<T extends ShardItem>(
  items: readonly T[],
  engine: string,
  recentYears = RECENT_YEARS,
): ShardPlan<T>[] {
  const { recentFrom, olderYears } = shardLayout(
    items.map((item) => item.year),
    recentYears,
  );
  if (recentFrom === undefined) return [plan(shardDir(), [], engine)];
  const byYear = Map.groupBy(items, (item) => (item.year >= recentFrom ? recentFrom : item.year));
  return [
    plan(shardDir(), byYear.get(recentFrom) ?? [], engine),
    ...olderYears.map((year) => plan(shardDir(year), byYear.get(year) ?? [], engine)),
  ];
}

function plan<T extends ShardItem>(dir: string, items: T[], engine: string): ShardPlan<T> {
  // Sorted by URL, so the digest does not depend on the order files were read in.
  const sorted = items.toSorted((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const hash = createHash('sha256').update(engine).update('\0').update(dir);
  for (const { url, digest } of sorted) hash.update('\0').update(url).update('\0').update(digest);
  return { dir, items: sorted, digest: hash.digest('hex').slice(0, 24) };
}
