import { describe, expect, it } from 'vitest';
import { planShards, shardDir, shardLayout } from '../../../src/lib/search/search-shards';
import type { ShardItem } from '../../../src/lib/search/search-shards';

const record = (slug: string, year: number, digest = slug): ShardItem => ({
  url: `/articoli/${slug}/`,
  year,
  digest,
});

describe('shardLayout', () => {
  it('keeps the two newest years together and gives each older year its own shard', () => {
    expect(shardLayout([2019, 2024, 2025, 2021, 2019])).toEqual({
      recentFrom: 2024,
      olderYears: [2021, 2019],
    });
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

  it('writes an empty primary index for an empty archive', () => {
    expect(planShards([], 'pagefind@1').map((s) => [s.dir, s.items.length])).toEqual([['', 0]]);
  });
});
