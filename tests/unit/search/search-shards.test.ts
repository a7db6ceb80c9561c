import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_ARTICLES,
  ARCHIVE_BODY_LENGTH,
  planShards,
  PRIMARY_BODY_LENGTH,
  shardDir,
  shardLayout,
} from '../../../src/lib/search/search-shards';
import type { LayoutItem, ShardItem, ShardLimits } from '../../../src/lib/search/search-shards';
import { monthIndex } from '../../../src/lib/search/year-month';

/** An article of a common length, well within every text bound. */
const SHORT = 1000;

const record = (slug: string, year: number, digest = slug, month = 6): ShardItem => ({
  url: `/articoli/${slug}/`,
  year,
  month,
  bodyLength: SHORT,
  digest,
});

const inYears = (...years: number[]) =>
  years.map((year) => ({ year, month: 6, bodyLength: SHORT }));
/**
 * `count` articles of `bodyLength` in each month from `from` (a `[year, month]`) through `to`,
 * inclusive.
 */
function monthly(
  count: number,
  [year, month]: [number, number],
  [toYear, toMonth]: [number, number],
  bodyLength = SHORT,
): LayoutItem[] {
  const months = [];
  for (
    let y = year, m = month;
    y * 12 + m <= toYear * 12 + toMonth;
    m === 12 ? (y++, (m = 1)) : m++
  ) {
    for (let i = 0; i < count; i++) months.push({ year: y, month: m, bodyLength });
  }
  return months;
}

/** Limits in articles only: the text is unbounded. */
const byArticles = (years: number, primary: number, archive: number): ShardLimits => ({
  years,
  primary: { articles: primary, bodyLength: Infinity },
  archive: { articles: archive, bodyLength: Infinity },
});

/** The folders of the older articles' shards, newest first. */
const archiveDirs = (months: Parameters<typeof shardLayout>[0], limits?: ShardLimits) =>
  shardLayout(months, limits).archive.map(({ dir }) => dir);

describe('shardLayout', () => {
  it('keeps the two newest years together and gives each older year its own shard', () => {
    expect(shardLayout(inYears(2019, 2024, 2025, 2021, 2019))).toEqual({
      recentFrom: { year: 2024, month: 1 },
      archive: [
        { dir: 'anni/2021', from: { year: 2021, month: 6 }, to: { year: 2021, month: 6 } },
        { dir: 'anni/2019', from: { year: 2019, month: 6 }, to: { year: 2019, month: 6 } },
      ],
    });
  });

  it('starts the primary index at the month that keeps it within its article count', () => {
    // 100 articles a month: 8 months fit in 800 articles, so it starts in May 2025.
    const layout = shardLayout(monthly(100, [2015, 1], [2025, 12]));
    expect(layout.recentFrom).toEqual({ year: 2025, month: 5 });
    expect(layout.archive.map(({ dir }) => dir)).toEqual([
      // January to April 2025, 400 articles: two shards of two months.
      'anni/2025-03',
      'anni/2025-01',
      // 1,200 articles a year, at most 250 a shard: six shards of two months.
      ...[2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015].flatMap((year) =>
        ['11', '09', '07', '05', '03', '01'].map((month) => `anni/${year}-${month}`),
      ),
    ]);
  });

  it('holds the same number of months however long the archive is', () => {
    const recent = (from: [number, number]) =>
      shardLayout(monthly(100, from, [2025, 12])).recentFrom;
    expect(recent([2000, 1])).toEqual(recent([2023, 1]));
  });

  it('keeps the newest month whole even when it alone holds more than the count', () => {
    const limits = byArticles(2, 30, 30);
    const layout = shardLayout(monthly(40, [2025, 11], [2025, 12]), limits);
    expect(layout.recentFrom).toEqual({ year: 2025, month: 12 });
    expect(layout.archive.map(({ dir }) => dir)).toEqual(['anni/2025']);
  });

  it('has no shards for an empty archive', () => {
    expect(shardLayout([])).toEqual({ recentFrom: undefined, archive: [] });
  });

  it('splits an older year into runs of whole months of about the same size', () => {
    const limits = byArticles(1, 10, 50);
    // 2024: 12 months of 10, 120 articles: three runs of 40 (four months each).
    const layout = shardLayout(
      [...monthly(10, [2024, 1], [2024, 12]), ...monthly(1, [2025, 1], [2025, 1])],
      limits,
    );
    expect(layout.archive).toEqual([
      { dir: 'anni/2024-09', from: { year: 2024, month: 9 }, to: { year: 2024, month: 12 } },
      { dir: 'anni/2024-05', from: { year: 2024, month: 5 }, to: { year: 2024, month: 8 } },
      { dir: 'anni/2024-01', from: { year: 2024, month: 1 }, to: { year: 2024, month: 4 } },
    ]);
  });

  it('gives a month that alone holds more than the limit a shard of its own', () => {
    const limits = byArticles(1, 10, 50);
    const months = [...monthly(80, [2024, 3], [2024, 3]), ...monthly(5, [2024, 4], [2024, 5])];
    expect(archiveDirs([...months, ...monthly(1, [2025, 1], [2025, 1])], limits)).toEqual([
      'anni/2024-04',
      'anni/2024-03',
    ]);
  });

  it('moves only the runs of the year an added article falls in', () => {
    const limits = byArticles(1, 10, 50);
    const archive = [...monthly(10, [2022, 1], [2024, 12]), ...monthly(1, [2025, 1], [2025, 1])];
    const before = shardLayout(archive, limits).archive;
    const after = shardLayout(
      [...archive, { year: 2023, month: 2, bodyLength: SHORT }],
      limits,
    ).archive;
    const unchanged = (year: number) =>
      after.filter(({ from }) => from.year === year).map(({ dir }) => dir);
    expect(unchanged(2024)).toEqual(
      before.filter(({ from }) => from.year === 2024).map(({ dir }) => dir),
    );
    expect(unchanged(2022)).toEqual(
      before.filter(({ from }) => from.year === 2022).map(({ dir }) => dir),
    );
    for (const { from, to } of after) expect(to.year).toBe(from.year);
  });
});

describe('shardLayout, with the length of the articles', () => {
  /** Twice the text of a common article, and more. */
  const LONG = 10_000;

  it('starts the primary index later when its articles are long', () => {
    // 100 articles a month: 8 months by their count, but 4 by their text when they are long.
    const short = shardLayout(monthly(100, [2024, 1], [2025, 12])).recentFrom;
    const long = shardLayout(monthly(100, [2024, 1], [2025, 12], LONG)).recentFrom;
    expect(short).toEqual({ year: 2025, month: 5 });
    expect(long).toEqual({ year: 2025, month: 13 - PRIMARY_BODY_LENGTH / (100 * LONG) });
  });

  it('splits a year of long articles into more, smaller shards', () => {
    // 50 articles a month, 600 a year: three shards by their count, six by their text.
    const year = (bodyLength: number) =>
      archiveDirs([
        ...monthly(50, [2024, 1], [2024, 12], bodyLength),
        ...monthly(1, [2026, 1], [2026, 1]),
      ]);
    expect(year(SHORT)).toEqual(['anni/2024-09', 'anni/2024-05', 'anni/2024-01']);
    expect(year(LONG)).toEqual(
      ['11', '09', '07', '05', '03', '01'].map((month) => `anni/2024-${month}`),
    );
  });

  it('keeps a month whose text alone is over the bound whole, in one shard', () => {
    const heavy = monthly(10, [2024, 3], [2024, 3], ARCHIVE_BODY_LENGTH);
    const layout = shardLayout([
      ...monthly(5, [2024, 1], [2024, 6]),
      ...heavy,
      ...monthly(1, [2026, 1], [2026, 1]),
    ]);
    expect(layout.archive).toEqual([
      { dir: 'anni/2024-04', from: { year: 2024, month: 4 }, to: { year: 2024, month: 6 } },
      { dir: 'anni/2024-03', from: { year: 2024, month: 3 }, to: { year: 2024, month: 3 } },
      { dir: 'anni/2024-01', from: { year: 2024, month: 1 }, to: { year: 2024, month: 2 } },
    ]);
  });

  it('keeps the newest month in the primary index however long its articles', () => {
    const layout = shardLayout([
      ...monthly(10, [2025, 11], [2025, 11]),
      ...monthly(10, [2025, 12], [2025, 12], PRIMARY_BODY_LENGTH),
    ]);
    expect(layout.recentFrom).toEqual({ year: 2025, month: 12 });
    expect(layout.archive.map(({ dir }) => dir)).toEqual(['anni/2025']);
  });

  it('keeps every older shard of several months within both bounds', () => {
    // Mixed lengths, as a newsroom writes them: news items and long features.
    const items = monthly(60, [2016, 1], [2025, 12]).map((item, i) => ({
      ...item,
      bodyLength: 500 + ((i * 7919) % 30_000),
    }));
    const { archive } = shardLayout(items);
    expect(archive.length).toBeGreaterThan(0);
    for (const { from, to } of archive) {
      const held = items.filter(
        (item) => monthIndex(item) >= monthIndex(from) && monthIndex(item) <= monthIndex(to),
      );
      if (monthIndex(from) === monthIndex(to)) continue;
      expect(held.length).toBeLessThanOrEqual(ARCHIVE_ARTICLES);
      expect(held.reduce((sum, { bodyLength }) => sum + bodyLength, 0)).toBeLessThanOrEqual(
        ARCHIVE_BODY_LENGTH,
      );
    }
  });
});

/** Each planned shard's folder and the URLs of its articles. */
const shardUrls = (items: ShardItem[], limits?: ShardLimits) =>
  planShards(items, 'pagefind@1', limits).map((s) => [s.dir, s.items.map((r) => r.url)]);

describe('planShards', () => {
  const records = [record('a', 2025), record('b', 2024), record('c', 2020), record('d', 2018)];

  it('puts the recent years at the bundle root and older years under anni/', () => {
    expect(shardUrls(records)).toEqual([
      ['', ['/articoli/a/', '/articoli/b/']],
      ['anni/2020', ['/articoli/c/']],
      ['anni/2018', ['/articoli/d/']],
    ]);
    expect(shardDir(2020)).toBe('anni/2020');
    expect(shardDir(2020, 7)).toBe('anni/2020-07');
  });

  it('changes only the digest of the shard an edit touches', () => {
    const before = planShards(records, 'pagefind@1');
    const edited = planShards(
      records.map((r) => (r.url === '/articoli/c/' ? record('c', 2020, 'nuovo file') : r)),
      'pagefind@1',
    );
    expect(edited.map((s, i) => s.digest === before[i]?.digest)).toEqual([true, false, true]);
  });

  it('does not depend on the order records come in, and changes with the engine', () => {
    const digests = (list: ShardItem[], engine: string) =>
      planShards(list, engine).map((s) => s.digest);
    expect(digests(records.toReversed(), 'pagefind@1')).toEqual(digests(records, 'pagefind@1'));
    expect(digests(records, 'pagefind@2')).not.toEqual(digests(records, 'pagefind@1'));
  });

  it('puts each older article in the run of months that holds it', () => {
    const limits = byArticles(1, 1, 2);
    const items = [
      record('a', 2025, 'a', 1),
      record('b', 2024, 'b', 1),
      record('c', 2024, 'c', 2),
      record('d', 2024, 'd', 7),
      record('e', 2024, 'e', 12),
    ];
    expect(shardUrls(items, limits)).toEqual([
      ['', ['/articoli/a/']],
      ['anni/2024-07', ['/articoli/d/', '/articoli/e/']],
      ['anni/2024-01', ['/articoli/b/', '/articoli/c/']],
    ]);
  });

  it('splits the year the primary index starts in between the two', () => {
    const limits = byArticles(2, 2, 500);
    const items = [
      record('a', 2025, 'a', 12),
      record('b', 2025, 'b', 11),
      record('c', 2025, 'c', 3),
      record('d', 2024, 'd', 5),
    ];
    expect(shardUrls(items, limits)).toEqual([
      ['', ['/articoli/a/', '/articoli/b/']],
      ['anni/2025', ['/articoli/c/']],
      ['anni/2024', ['/articoli/d/']],
    ]);
  });

  it('writes an empty primary index for an empty archive', () => {
    expect(planShards([], 'pagefind@1').map((s) => [s.dir, s.items.length])).toEqual([['', 0]]);
  });
});
