/**
 * How the index follows the archive (pure): a primary index of the most recent articles, which
 * the search page loads first, and the older articles in shards of whole months of one year,
 * loaded only when the reader asks for older articles. The primary index covers whole months,
 * back from the newest, up to {@link PRIMARY_ARTICLES} articles and {@link PRIMARY_BODY_LENGTH}
 * characters of their bodies, and at most {@link RECENT_YEARS} calendar years: its weight, which
 * the first query pays, stays the same however large the archive grows, and its start moves a
 * month at a time, so a new article rarely rewrites more than the primary index. An older year is
 * one shard while it holds at most {@link ARCHIVE_ARTICLES} articles and
 * {@link ARCHIVE_BODY_LENGTH} characters, and runs of its months within both otherwise: Pagefind
 * holds a whole shard in memory while it writes it, and that memory follows the shard's text, so
 * no shard grows with the archive or with the length of its articles (docs/performance.md). The
 * search page places the primary index from the same articles' months and body lengths. A
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
export const PRIMARY_ARTICLES = 800;

/**
 * Characters of article bodies the primary index holds at most (unless its newest month alone
 * holds more): Pagefind's memory while it writes the shard follows its text, and this bound
 * holds long articles to about the text of {@link PRIMARY_ARTICLES} articles of common length
 * (docs/performance.md).
 */
export const PRIMARY_BODY_LENGTH = 4_000_000;

/**
 * Articles an older shard holds at most (unless one month alone holds more): each shard is
 * merged whole when a search reaches it (`archive-steps.ts`).
 */
export const ARCHIVE_ARTICLES = 250;

/**
 * Characters of article bodies an older shard holds at most (unless one month alone holds
 * more): the memory Pagefind needs to write a shard follows this number (docs/performance.md).
 */
export const ARCHIVE_BODY_LENGTH = 1_250_000;

/** The length of an article's Markdown body, by which the shards are bounded. */
export const bodyLengthOf = (body: string): number => body.length;

/** What places an article in the layout: its publication month and its body's length. */
export interface LayoutItem extends YearMonth {
  /** See {@link bodyLengthOf}. */
  bodyLength: number;
}

/** What a shard holds, or may hold at most. */
export interface ShardSize {
  articles: number;
  /** Characters of the articles' bodies together (see {@link bodyLengthOf}). */
  bodyLength: number;
}

/** The bounds of the shards. */
export interface ShardLimits {
  years: number;
  primary: ShardSize;
  archive: ShardSize;
}

const LIMITS: ShardLimits = {
  years: RECENT_YEARS,
  primary: { articles: PRIMARY_ARTICLES, bodyLength: PRIMARY_BODY_LENGTH },
  archive: { articles: ARCHIVE_ARTICLES, bodyLength: ARCHIVE_BODY_LENGTH },
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

const EMPTY: ShardSize = { articles: 0, bodyLength: 0 };

const plus = (a: ShardSize, b: ShardSize): ShardSize => ({
  articles: a.articles + b.articles,
  bodyLength: a.bodyLength + b.bodyLength,
});

/** Whether `size` is within `limit` on both counts. */
const fits = (size: ShardSize, limit: ShardSize): boolean =>
  size.articles <= limit.articles && size.bodyLength <= limit.bodyLength;

/** What each month index holds, for the months that have articles. */
function sizeByMonth(items: Iterable<LayoutItem>): Map<number, ShardSize> {
  const perMonth = new Map<number, ShardSize>();
  for (const item of items) {
    const index = monthIndex(item);
    perMonth.set(
      index,
      plus(perMonth.get(index) ?? EMPTY, { articles: 1, bodyLength: item.bodyLength }),
    );
  }
  return perMonth;
}

/** First month index of the primary index, counted back from `newest`. */
function primaryStart(
  perMonth: Map<number, ShardSize>,
  descending: number[],
  limits: ShardLimits,
): number {
  const newest = descending[0] ?? 0;
  // January of the first year the primary index may reach.
  let from = (monthAt(newest).year - limits.years + 1) * 12;
  let held = EMPTY;
  for (const index of descending) {
    if (index < from) break;
    held = plus(held, perMonth.get(index) ?? EMPTY);
    if (index !== newest && !fits(held, limits.primary)) {
      // This month would take the primary index over its size: it starts the month after.
      from = index + 1;
      break;
    }
  }
  return from;
}

/**
 * The runs of `months` (ascending month indexes of one year) within `limit` each, of about the
 * same size, filled from January. A month is never split.
 */
function monthRuns(
  months: number[],
  perMonth: Map<number, ShardSize>,
  limit: ShardSize,
): number[][] {
  const total = months.reduce((sum, index) => plus(sum, perMonth.get(index) ?? EMPTY), EMPTY);
  const count = Math.max(
    Math.ceil(total.articles / limit.articles),
    Math.ceil(total.bodyLength / limit.bodyLength),
  );
  // The runs are evened out by the bound the year fills more: its articles, or its text.
  const by: keyof ShardSize =
    total.articles * limit.bodyLength >= total.bodyLength * limit.articles
      ? 'articles'
      : 'bodyLength';
  const target = Math.ceil(total[by] / count);
  const runs: number[][] = [];
  let held = EMPTY;
  for (const index of months) {
    const size = perMonth.get(index) ?? EMPTY;
    const run = runs.at(-1);
    if (run && held[by] < target && fits(plus(held, size), limit)) {
      run.push(index);
      held = plus(held, size);
    } else {
      runs.push([index]);
      held = size;
    }
  }
  return runs;
}

/** The layout of an archive of `items`, one per article. */
export function shardLayout(items: Iterable<LayoutItem>, limits = LIMITS): ShardLayout {
  const perMonth = sizeByMonth(items);
  const descending = [...perMonth.keys()].sort((a, b) => b - a);
  if (descending.length === 0) return { recentFrom: undefined, archive: [] };
  const from = primaryStart(perMonth, descending, limits);
  const byYear = Map.groupBy(
    descending.filter((index) => index < from).reverse(),
    (index) => monthAt(index).year,
  );
  const archive = [...byYear].reverse().flatMap(([year, yearMonths]) => {
    const runs = monthRuns(yearMonths, perMonth, limits.archive);
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

/**
 * What a shard is planned from: one article, by its URL, publication month, body length and
 * digest.
 */
export interface ShardItem extends LayoutItem {
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
