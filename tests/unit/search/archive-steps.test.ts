import { describe, expect, it } from 'vitest';
import {
  STEP_ARTICLES,
  STEP_SHARDS,
  archiveShardRefs,
  nextReach,
  reachOf,
  reachesFurther,
  readArchiveShards,
  sameReach,
  shardsReaching,
  writeArchiveShards,
  type ArchiveShardRef,
} from '../../../src/lib/search/archive-steps';
import { planShards } from '../../../src/lib/search/search-shards';
import type { ArchiveReach } from '../../../src/lib/search/search-state';
import type { YearMonth } from '../../../src/lib/search/year-month';

const month = (text: string): YearMonth => {
  const [year, number] = text.split('-').map(Number);
  return { year: year!, month: number! };
};

const shard = (from: string, articles = 400): ArchiveShardRef => ({
  path: `/pagefind/anni/${from}/`,
  from: month(from),
  articles,
});

/** Ten shards, newest first: 2024 in three runs of months, then whole years back to 2017. */
const SHARDS: ArchiveShardRef[] = [
  '2024-09',
  '2024-05',
  '2024-01',
  '2023-01',
  '2022-03',
  '2021-01',
  '2020-01',
  '2019-01',
  '2018-02',
  '2017-01',
].map((from) => shard(from));

describe('shardsReaching', () => {
  it.each<[string, ArchiveReach, number]>([
    ['the recent articles', 'recent', 0],
    ['the whole archive', 'all', 10],
    ['the first month of a shard', month('2024-01'), 3],
    ['the first month of the oldest shard', month('2017-01'), 10],
    ['a month inside a shard (a link from before the layout changed)', month('2022-07'), 5],
    ['a month before the oldest shard', month('2010-06'), 10],
    ['a month after the newest shard starts', month('2025-03'), 1],
  ])('merges down to the shard holding %s', (_, reach, count) => {
    expect(shardsReaching(SHARDS, reach)).toBe(count);
  });

  it('merges nothing when there are no older shards', () => {
    expect(shardsReaching([], 'all')).toBe(0);
    expect(shardsReaching([], month('2020-01'))).toBe(0);
  });
});

describe('reachOf', () => {
  it('names the first month of the oldest shard merged, or the whole archive', () => {
    expect(reachOf(SHARDS, 0)).toBe('recent');
    expect(reachOf(SHARDS, 4)).toEqual(month('2023-01'));
    expect(reachOf(SHARDS, 9)).toEqual(month('2018-02'));
    expect(reachOf(SHARDS, 10)).toBe('all');
    expect(reachOf([], 0)).toBe('recent');
  });

  it('is what shardsReaching counts back', () => {
    for (let merged = 0; merged <= SHARDS.length; merged++) {
      expect(shardsReaching(SHARDS, reachOf(SHARDS, merged))).toBe(merged);
    }
  });
});

describe('nextReach', () => {
  /** The reaches of every step from the recent articles to the whole archive. */
  const steps = (shards: ArchiveShardRef[]): ArchiveReach[] => {
    const reaches: ArchiveReach[] = ['recent'];
    while (reaches.at(-1) !== 'all') reaches.push(nextReach(shards, reaches.at(-1)!));
    return reaches;
  };

  it(`goes ${STEP_SHARDS} shards of at most 500 articles further each step`, () => {
    expect(steps(SHARDS)).toEqual(['recent', month('2023-01'), month('2019-01'), 'all']);
  });

  it(`stops a step at ${STEP_ARTICLES} articles, and takes a larger shard alone`, () => {
    const shards = [shard('2024-12', 900), shard('2024-11', 900), shard('2024-10', 900)];
    shards.push(shard('2024-09', 2500), shard('2024-08', 100), shard('2024-07', 100));
    expect(steps(shards)).toEqual([
      'recent',
      month('2024-11'),
      month('2024-10'),
      month('2024-09'),
      'all',
    ]);
  });

  it('continues from a month that starts no shard with the shards after its own', () => {
    expect(nextReach(SHARDS, month('2022-07'))).toEqual(month('2018-02'));
  });

  it('stays put at the whole archive, and with no older shards', () => {
    expect(nextReach(SHARDS, 'all')).toBe('all');
    expect(nextReach([], 'recent')).toBe('recent');
  });

  it('keeps every step of a large newsroom within the bounds', () => {
    // Five years of 100 to 1,200 articles a month: runs of months, and months alone.
    const months = Array.from({ length: 60 }, (_, i) => ({
      year: 2020 + Math.floor(i / 12),
      month: (i % 12) + 1,
    })).flatMap((published, i) => Array.from({ length: 100 + ((i * 97) % 1100) }, () => published));
    // Bodies of mixed lengths, so the text bounds some shards and the count others.
    const items = months.map((published, i) => ({
      ...published,
      url: `/a${i}/`,
      bodyLength: 500 + ((i * 7919) % 20_000),
      digest: '',
    }));
    const [primary, ...older] = planShards(items, '');
    const shards = archiveShardRefs(older, (dir) => dir);
    expect(primary?.dir).toBe('');
    expect(primary?.items.length).toBeGreaterThan(0);
    expect(shards.reduce((sum, { articles }) => sum + articles, 0)).toBe(
      months.length - (primary?.items.length ?? 0),
    );
    let merged = 0;
    while (merged < shards.length) {
      const next = shardsReaching(shards, nextReach(shards, reachOf(shards, merged)));
      const step = shards.slice(merged, next);
      expect(step.length).toBeGreaterThan(0);
      expect(step.length).toBeLessThanOrEqual(STEP_SHARDS);
      if (step.length > 1) {
        expect(step.reduce((sum, { articles }) => sum + articles, 0)).toBeLessThanOrEqual(
          STEP_ARTICLES,
        );
      }
      merged = next;
    }
  });
});

describe('archiveShardRefs', () => {
  it("takes each shard's first month and article count from its items", () => {
    const shards = [
      { dir: 'anni/2023', items: ['2023-07', '2023-02', '2023-02'].map(month) },
      { dir: 'anni/2021', items: [month('2021-05')] },
    ];
    expect(archiveShardRefs(shards, (dir) => `/pagefind/${dir}/`)).toEqual([
      { path: '/pagefind/anni/2023/', from: month('2023-02'), articles: 3 },
      { path: '/pagefind/anni/2021/', from: month('2021-05'), articles: 1 },
    ]);
  });
});

describe('sameReach', () => {
  it('compares months by value', () => {
    expect(sameReach(month('2023-05'), { year: 2023, month: 5 })).toBe(true);
    expect(sameReach(month('2023-05'), month('2023-06'))).toBe(false);
    expect(sameReach('all', 'all')).toBe(true);
    expect(sameReach('recent', month('2023-05'))).toBe(false);
  });
});

describe('reachesFurther', () => {
  it.each<[ArchiveReach, ArchiveReach, boolean]>([
    [month('2023-05'), 'recent', true],
    ['all', month('2017-01'), true],
    ['all', 'recent', true],
    [month('2019-07'), month('2023-05'), true],
    [month('2023-05'), month('2019-07'), false],
    [month('2023-05'), month('2023-05'), false],
    ['recent', month('2023-05'), false],
    ['recent', 'recent', false],
    ['all', 'all', false],
  ])('%j goes further back than %j: %s', (reach, than, further) => {
    expect(reachesFurther(reach, than)).toBe(further);
  });
});

describe('the list file', () => {
  it('carries the shards with their months formatted, and reads them back', () => {
    const json = writeArchiveShards(SHARDS.slice(0, 2));
    expect(JSON.parse(json)).toEqual([
      { path: '/pagefind/anni/2024-09/', from: '2024-09', articles: 400 },
      { path: '/pagefind/anni/2024-05/', from: '2024-05', articles: 400 },
    ]);
    expect(readArchiveShards(json)).toEqual(SHARDS.slice(0, 2));
  });

  it.each([
    undefined,
    '',
    'nope',
    '{}',
    '[1, null, {"path": 3, "from": "2024-01", "articles": 1}]',
  ])('reads no shard from %j', (json) => {
    expect(readArchiveShards(json)).toEqual([]);
  });

  it('leaves out a shard without a valid month or count', () => {
    expect(
      readArchiveShards(
        JSON.stringify([
          { path: '/a/', from: '2024-13', articles: 1 },
          { path: '/b/', from: '2024-02', articles: -1 },
          { path: '/c/', from: '2023-02', articles: 12 },
        ]),
      ),
    ).toEqual([shard('2023-02', 12)].map((ref) => ({ ...ref, path: '/c/' })));
  });
});
