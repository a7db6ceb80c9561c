import { describe, expect, it } from 'vitest';
import { planShards, shardDir, shardLayout } from '../../../src/lib/search/search-shards';
import type { ShardItem } from '../../../src/lib/search/search-shards';

const record = (slug: string, year: number, digest = slug, month = 6): ShardItem => ({
  url: `/articoli/${slug}/`,
  year,
  month,
  digest,
});

const inYears = (...years: number[]) => years.map((year) => ({ year, month: 6 }));
/** `count` articles in each month from `from` (a `[year, month]`) through `to`, inclusive. */
function monthly(
  count: number,
  [year, month]: [number, number],
  [toYear, toMonth]: [number, number],
) {
  const months = [];
  for (
    let y = year, m = month;
    y * 12 + m <= toYear * 12 + toMonth;
    m === 12 ? (y++, (m = 1)) : m++
  ) {
    for (let i = 0; i < count; i++) months.push({ year: y, month: m });
  }
  return months;
}

describe('shardLayout', () => {
  it('keeps the two newest years together and gives each older year its own shard', () => {
    expect(shardLayout(inYears(2019, 2024, 2025, 2021, 2019))).toEqual({
      recentFrom: { year: 2024, month: 1 },
      olderYears: [2021, 2019],
    });
  });

  it('starts the primary index at the month that keeps it within its article count', () => {
    // 100 articles a month: 10 months fit in 1,000 articles, so it starts in March 2025.
    const layout = shardLayout(monthly(100, [2015, 1], [2025, 12]));
    expect(layout.recentFrom).toEqual({ year: 2025, month: 3 });
    expect(layout.olderYears).toEqual([
      2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015,
    ]);
  });

  it('holds the same number of months however long the archive is', () => {
    const recent = (from: [number, number]) =>
      shardLayout(monthly(100, from, [2025, 12])).recentFrom;
    expect(recent([2000, 1])).toEqual(recent([2023, 1]));
  });

  it('keeps the newest month whole even when it alone holds more than the count', () => {
    const layout = shardLayout(monthly(40, [2025, 11], [2025, 12]), { years: 2, articles: 30 });
    expect(layout).toEqual({ recentFrom: { year: 2025, month: 12 }, olderYears: [2025] });
  });

  it('has no shards for an empty archive', () => {
    expect(shardLayout([])).toEqual({ recentFrom: undefined, olderYears: [] });
  });
});

describe('planShards', () => {
  const records = [record('a', 2025), record('b', 2024), record('c', 2020), record('d', 2018)];

  it('puts the recent years at the bundle root and older years under anni/', () => {
    expect(
      planShards(records, 'pagefind@1').map((s) => [s.dir, s.items.map((r) => r.url)]),
    ).toEqual([
      ['', ['/articoli/a/', '/articoli/b/']],
      ['anni/2020', ['/articoli/c/']],
      ['anni/2018', ['/articoli/d/']],
    ]);
    expect(shardDir(2020)).toBe('anni/2020');
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

  it('splits the year the primary index starts in between the two', () => {
    const limits = { years: 2, articles: 2 };
    const items = [
      record('a', 2025, 'a', 12),
      record('b', 2025, 'b', 11),
      record('c', 2025, 'c', 3),
      record('d', 2024, 'd', 5),
    ];
    expect(
      planShards(items, 'pagefind@1', limits).map((s) => [s.dir, s.items.map((r) => r.url)]),
    ).toEqual([
      ['', ['/articoli/a/', '/articoli/b/']],
      ['anni/2025', ['/articoli/c/']],
      ['anni/2024', ['/articoli/d/']],
    ]);
  });

  it('writes an empty primary index for an empty archive', () => {
    expect(planShards([], 'pagefind@1').map((s) => [s.dir, s.items.length])).toEqual([['', 0]]);
  });
});
