/**
 * How the index follows the archive (pure): a primary index of the most recent articles, which
 * the search page loads first, and the older articles in shards of whole months of one year,
 * loaded only when the reader asks for older articles. The primary index covers whole months,
 * back from the newest, up to {@link PRIMARY_ARTICLES} articles and at most {@link RECENT_YEARS}
 * calendar years: its weight, which the first query pays, stays the same however large the
 * archive grows, and its start moves a month at a time, so a new article rarely rewrites more
 * than the primary index. An older year is one shard while it holds at most
 * {@link ARCHIVE_ARTICLES} articles, and runs of its months of at most that many otherwise:
 * Pagefind holds a whole shard in memory while it writes it, so no shard grows with the archive
 * (docs/performance.md). A shard's digest names everything that goes into it, so an edit
 * changes the digest of the one shard it touches and the others are taken from the previous
 * build.
 */
import { createHash } from 'node:crypto';
import { countByMonth, monthAt, monthIndex, type YearMonth } from './year-month';

/** Calendar years the primary index covers at most, counting the newest article's year. */
export const RECENT_YEARS = 2;

/**
 * Articles the primary index holds at most (unless its newest month alone holds more): the
 * first query's weight grows with this number, not with the archive (docs/performance.md).
 */
export const PRIMARY_ARTICLES = 800;

/**
 * Articles an older shard holds at most (unless one month alone holds more): the memory
 * Pagefind needs to write a shard follows this number (docs/performance.md).
 */
export const ARCHIVE_ARTICLES = 250;

/** The bounds of the shards. */
export interface ShardLimits {
  years: number;
  articles: number;
  archiveArticles: number;
}

const LIMITS: ShardLimits = {
  years: RECENT_YEARS,
  articles: PRIMARY_ARTICLES,
  archiveArticles: ARCHIVE_ARTICLES,
};

/** One shard of older articles: the months of one year from `from` to `to`, inclusive. */
export interface ArchiveShard {
  /** Folder under the bundle folder (see {@link shardDir}). */
  dir: string;
  from: YearMonth;
  to: YearMonth;
}

/** The shards an archive splits into. */
export interface ShardLayout {
  /**
   * First month of the primary index, which holds every article from it on; `undefined` for
   * an empty archive.
   */
  recentFrom: YearMonth | undefined;
  /** The shards of the older articles, newest first. */
  archive: ArchiveShard[];
}

/** First month index of the primary index, counted back from `newest`. */
function primaryStart(perMonth: Map<number, number>, descending: number[], limits: ShardLimits) {
  const newest = descending[0] ?? 0;
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
  return from;
}

/**
 * The runs of `months` (ascending month indexes of one year) holding at most `limit` articles
 * each, of about the same size, filled from January. A month is never split.
 */
function monthRuns(months: number[], perMonth: Map<number, number>, limit: number): number[][] {
  const total = months.reduce((sum, index) => sum + (perMonth.get(index) ?? 0), 0);
  const target = Math.ceil(total / Math.ceil(total / limit));
  const runs: number[][] = [];
  let held = 0;
  for (const index of months) {
    const count = perMonth.get(index) ?? 0;
    const run = runs.at(-1);
    if (run && held < target && held + count <= limit) {
      run.push(index);
      held += count;
    } else {
      runs.push([index]);
      held = count;
    }
  }
  return runs;
}

/** The layout of an archive whose articles were published in `months` (one per article). */
export function shardLayout(months: Iterable<YearMonth>, limits = LIMITS): ShardLayout {
  const perMonth = countByMonth(months);
  const descending = [...perMonth.keys()].sort((a, b) => b - a);
  if (descending.length === 0) return { recentFrom: undefined, archive: [] };
  const from = primaryStart(perMonth, descending, limits);
  const byYear = Map.groupBy(
    descending.filter((index) => index < from).reverse(),
    (index) => monthAt(index).year,
  );
  const archive = [...byYear].reverse().flatMap(([year, yearMonths]) => {
    const runs = monthRuns(yearMonths, perMonth, limits.archiveArticles);
    return runs.reverse().map((run) => ({
      dir: shardDir(year, runs.length === 1 ? undefined : monthAt(run[0] ?? 0).month),
      from: monthAt(run[0] ?? 0),
      to: monthAt(run.at(-1) ?? 0),
    }));
  });
  return { recentFrom: monthAt(from), archive };
}

/**
 * Folder of a shard under the Pagefind bundle: `''` for the primary index, `anni/2019` for a
 * whole older year, `anni/2019-07` for the part of a year that starts in July.
 */
export const shardDir = (year?: number, month?: number): string =>
  year === undefined
    ? ''
    : month === undefined
      ? `anni/${year}`
      : `anni/${year}-${String(month).padStart(2, '0')}`;

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
  const { recentFrom, archive } = shardLayout(items, limits);
  if (recentFrom === undefined) return [plan(shardDir(), [], engine)];
  const dirOf = new Map<number, string>();
  for (const { dir, from, to } of archive) {
    for (let index = monthIndex(from); index <= monthIndex(to); index++) dirOf.set(index, dir);
  }
  const byShard = Map.groupBy(items, (item) => dirOf.get(monthIndex(item)) ?? shardDir());
  return [
    plan(shardDir(), byShard.get(shardDir()) ?? [], engine),
    ...archive.map(({ dir }) => plan(dir, byShard.get(dir) ?? [], engine)),
  ];
}

function plan<T extends ShardItem>(dir: string, items: T[], engine: string): ShardPlan<T> {
  // Sorted by URL, so the digest does not depend on the order files were read in.
  const sorted = items.toSorted((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const hash = createHash('sha256').update(engine).update('\0').update(dir);
  for (const { url, digest } of sorted) hash.update('\0').update(url).update('\0').update(digest);
  return { dir, items: sorted, digest: hash.digest('hex').slice(0, 24) };
}
