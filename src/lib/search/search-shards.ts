/**
 * How the index follows the archive (pure): a primary index of the most recent articles, which
 * the search page loads first, and one index per older year, loaded only when the reader asks
 * for older articles. The primary index covers whole months, back from the newest, up to
 * {@link PRIMARY_ARTICLES} articles and at most {@link RECENT_YEARS} calendar years: its weight,
 * which the first query pays, stays the same however large the archive grows, and its start
 * moves a month at a time, so a new article rarely rewrites more than the primary index. A
 * shard's digest names everything that goes into it, so an edit changes the digest of the one
 * shard it touches and the others are taken from the previous build.
 */
import { createHash } from 'node:crypto';
import { monthAt, monthIndex, type YearMonth } from './year-month';

/** Calendar years the primary index covers at most, counting the newest article's year. */
export const RECENT_YEARS = 2;

/**
 * Articles the primary index holds at most (unless its newest month alone holds more): the
 * first query's weight grows with this number, not with the archive (docs/performance.md).
 */
export const PRIMARY_ARTICLES = 1000;

/** The bounds of the primary index. */
export interface PrimaryLimits {
  years: number;
  articles: number;
}

const LIMITS: PrimaryLimits = { years: RECENT_YEARS, articles: PRIMARY_ARTICLES };

/** The shards an archive splits into. */
export interface ShardLayout {
  /**
   * First month of the primary index, which holds every article from it on; `undefined` for
   * an empty archive.
   */
  recentFrom: YearMonth | undefined;
  /** Years of the older articles, newest first, one shard each. */
  olderYears: number[];
}

/** The layout of an archive whose articles were published in `months` (one per article). */
export function shardLayout(months: Iterable<YearMonth>, limits = LIMITS): ShardLayout {
  const perMonth = new Map<number, number>();
  for (const month of months) {
    const index = monthIndex(month);
    perMonth.set(index, (perMonth.get(index) ?? 0) + 1);
  }
  const descending = [...perMonth.keys()].sort((a, b) => b - a);
  const newest = descending[0];
  if (newest === undefined) return { recentFrom: undefined, olderYears: [] };
  // January of the first year the primary index may reach.
  let from = (monthAt(newest).year - limits.years + 1) * 12;
  let held = 0;
  for (const index of descending) {
    if (index < from) break;
    held += perMonth.get(index) ?? 0;
    if (index !== newest && held > limits.articles) {
      // This month would take the primary index over its size: it starts the month after.
      from = index + 1;
      break;
    }
  }
  const olderYears = new Set(
    descending.filter((index) => index < from).map((i) => monthAt(i).year),
  );
  return { recentFrom: monthAt(from), olderYears: [...olderYears] };
}

/** Folder of a shard under the Pagefind bundle: `''` for the primary index, `anni/2019` else. */
export const shardDir = (year?: number): string => (year === undefined ? '' : `anni/${year}`);

/** What a shard is planned from: one article, by its URL, publication month and digest. */
export interface ShardItem extends YearMonth {
  /** The article's path; the order of a shard's items and part of its digest. */
  url: string;
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
  limits = LIMITS,
): ShardPlan<T>[] {
  const { recentFrom, olderYears } = shardLayout(items, limits);
  if (recentFrom === undefined) return [plan(shardDir(), [], engine)];
  const start = monthIndex(recentFrom);
  const byShard = Map.groupBy(items, (item) => (monthIndex(item) >= start ? undefined : item.year));
  return [
    plan(shardDir(), byShard.get(undefined) ?? [], engine),
    ...olderYears.map((year) => plan(shardDir(year), byShard.get(year) ?? [], engine)),
  ];
}

function plan<T extends ShardItem>(dir: string, items: T[], engine: string): ShardPlan<T> {
  // Sorted by URL, so the digest does not depend on the order files were read in.
  const sorted = items.toSorted((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const hash = createHash('sha256').update(engine).update('\0').update(dir);
  for (const { url, digest } of sorted) hash.update('\0').update(url).update('\0').update(digest);
  return { dir, items: sorted, digest: hash.digest('hex').slice(0, 24) };
}
