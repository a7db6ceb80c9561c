/**
 * How the search page reaches the older articles (pure): their shards, newest first, are merged a
 * step at a time, each click on "Cerca anche negli articoli più vecchi" (or each search that finds
 * nothing) adding the next few. How far a search reaches is the first month of the oldest shard
 * merged, which the URL keeps (`search-state.ts`), so a shared link merges the same shards again.
 * The list of the older shards is a file of the search bundle (`PAGEFIND_BUNDLE.archiveList`),
 * which the page fetches only once a search reaches past the recent articles: it grows with the
 * archive, and the first query does not need it.
 */
import type { ArchiveReach } from './search-state';
import { formatYearMonth, monthAt, monthIndex, parseYearMonth, type YearMonth } from './year-month';

/**
 * Articles a step merges at most (unless its one shard holds more): each click then costs about
 * the same, however the archive is split (docs/performance.md).
 */
export const STEP_ARTICLES = 2000;

/**
 * Shards a step merges at most: each sends a few files of its own, whatever its size, so small
 * years are not merged by the dozen.
 */
export const STEP_SHARDS = 4;

/** One shard of older articles as the page's script knows it. */
export interface ArchiveShardRef {
  /** Base URL of the shard's Pagefind bundle, `/pagefind/anni/2024-05/`. */
  path: string;
  /** The first month it covers. */
  from: YearMonth;
  /** Articles it holds. */
  articles: number;
}

/**
 * The older shards of a plan (newest first, each with the months of its articles), as the page
 * fetches their list; `pathOf` gives a shard's URL from its folder.
 */
export function archiveShardRefs(
  shards: readonly { dir: string; items: readonly YearMonth[] }[],
  pathOf: (dir: string) => string,
): ArchiveShardRef[] {
  return shards.map(({ dir, items }) => ({
    path: pathOf(dir),
    from: monthAt(items.reduce((first, item) => Math.min(first, monthIndex(item)), Infinity)),
    articles: items.length,
  }));
}

/** The shards as the bundle's list file carries them, months formatted. */
export function writeArchiveShards(shards: readonly ArchiveShardRef[]): string {
  return JSON.stringify(
    shards.map(({ path, from, articles }) => ({ path, from: formatYearMonth(from), articles })),
  );
}

/** The shards `writeArchiveShards` wrote; anything malformed is left out. */
export function readArchiveShards(json: string | undefined): ArchiveShardRef[] {
  let items: unknown;
  try {
    items = JSON.parse(json ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { path, from, articles } = item as Record<string, unknown>;
    const month = typeof from === 'string' ? parseYearMonth(from) : undefined;
    const counted = Number.isInteger(articles) && (articles as number) >= 0;
    return typeof path === 'string' && month && counted
      ? [{ path, from: month, articles: articles as number }]
      : [];
  });
}

/** The oldest month `reach` covers, as a month index: the recent articles count as the latest. */
const oldestMonth = (reach: ArchiveReach): number =>
  reach === 'recent' ? Infinity : reach === 'all' ? -Infinity : monthIndex(reach);

/**
 * Whether `reach` goes further back than `than`, by months alone: what the page can tell before
 * it has the list of the older shards.
 */
export const reachesFurther = (reach: ArchiveReach, than: ArchiveReach): boolean =>
  oldestMonth(reach) < oldestMonth(than);

/**
 * How many of `shards` (newest first) a search reaching `reach` merges: down to the shard that
 * holds `reach`'s month. A month that starts no shard (a link shared before the layout changed)
 * still gets every article from it on.
 */
export function shardsReaching(shards: readonly ArchiveShardRef[], reach: ArchiveReach): number {
  if (reach === 'recent') return 0;
  if (reach === 'all') return shards.length;
  const oldest = monthIndex(reach);
  const holding = shards.findIndex(({ from }) => monthIndex(from) <= oldest);
  return holding === -1 ? shards.length : holding + 1;
}

/** How far the first `merged` of `shards` reach. */
export function reachOf(shards: readonly ArchiveShardRef[], merged: number): ArchiveReach {
  if (merged <= 0) return 'recent';
  return merged >= shards.length ? 'all' : shards[merged - 1]!.from;
}

/**
 * The reach one step further than `reach`: the next shards, newest first, up to
 * {@link STEP_SHARDS} of them and {@link STEP_ARTICLES} articles together, at least one.
 */
export function nextReach(shards: readonly ArchiveShardRef[], reach: ArchiveReach): ArchiveReach {
  const merged = shardsReaching(shards, reach);
  let end = merged;
  let articles = 0;
  for (const shard of shards.slice(merged, merged + STEP_SHARDS)) {
    articles += shard.articles;
    if (end > merged && articles > STEP_ARTICLES) break;
    end++;
  }
  return reachOf(shards, end);
}

/** Whether two reaches are the same. */
export const sameReach = (a: ArchiveReach, b: ArchiveReach): boolean =>
  typeof a === 'string' || typeof b === 'string' ? a === b : monthIndex(a) === monthIndex(b);
