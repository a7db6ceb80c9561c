import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveShardRef } from '../../../src/lib/search/archive-steps';
import type { SearchRecord } from '../../../src/lib/search/search-records';
import {
  copyShards,
  indexedPageCount,
  writeShards,
  type ShardRecords,
} from '../../../src/lib/search/write-search-shards';

const record = (slug: string, text: string): SearchRecord => ({
  url: `/articoli/${slug}/`,
  content: text,
  language: 'it',
  meta: { title: slug },
  filters: { anno: ['2024'] },
  sort: { date: '2024-01-01T00:00:00.000Z' },
});

/** Three shards of 1, 3 and 2 articles: records built fresh for every run. */
const shards = (): ShardRecords[] =>
  (
    [
      ['primaria', ['Batterie al sodio per le auto elettriche.']],
      ['anni-a', ['Un telefono pieghevole.', 'Il mercato dei tablet.', 'Sensori e fotocamere.']],
      ['anni-b', ['Processori più efficienti.', 'Una missione su Marte.']],
    ] as const
  ).map(([digest, texts]) => ({
    digest,
    records: texts.map((text, i) => record(`${digest}-${i}`, text)),
  }));

/** Every file under `dir`, by relative path, with its bytes. */
async function files(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const read = entries
    .filter((entry) => entry.isFile())
    .map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length), (await readFile(path)).toString('base64')] as const;
    });
  return new Map(await Promise.all(read));
}

describe('writeShards', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'rotativa-shards-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes every shard under its digest with all its records, two at a time', async () => {
    const cache = join(root, 'two-lanes');
    await writeShards(shards(), cache, 'it', 2);
    expect((await readdir(cache)).sort()).toEqual(['anni-a', 'anni-b', 'primaria']);
    expect(await indexedPageCount(join(cache, 'primaria'))).toBe(1);
    expect(await indexedPageCount(join(cache, 'anni-a'))).toBe(3);
    expect(await indexedPageCount(join(cache, 'anni-b'))).toBe(2);
  });

  it('writes the same bytes with two lanes as with one, and with a binary used before', async () => {
    const one = join(root, 'one-lane');
    const two = join(root, 'two-lanes-again');
    await writeShards(shards(), one, 'it', 1);
    await writeShards(shards(), two, 'it', 2);
    for (const digest of ['primaria', 'anni-a', 'anni-b']) {
      expect(await files(join(two, digest))).toEqual(await files(join(one, digest)));
    }
  });

  it('starts a binary for the primary index, then one a lane for all the other shards', async () => {
    const pagefind = createRequire(import.meta.url).resolve(
      `@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`,
    );
    const launches = join(root, 'launches.log');
    const counting = join(root, 'counting-pagefind');
    await writeFile(
      counting,
      `#!/bin/sh\necho launched >> '${launches}'\nexec '${pagefind}' "$@"\n`,
    );
    await chmod(counting, 0o755);
    const launchCount = async () => (await readFile(launches, 'utf8')).split('\n').length - 1;
    process.env['PAGEFIND_BINARY_PATH'] = counting;
    try {
      await writeShards(
        [...shards(), ...shards()].map((shard, i) => ({ ...shard, digest: `${i}` })),
        join(root, 'one-binary'),
        'it',
        1,
      );
      expect(await launchCount()).toBe(2);
      await rm(launches);
      await writeShards(shards(), join(root, 'two-binaries'), 'it', 2);
      expect(await launchCount()).toBe(3);
    } finally {
      delete process.env['PAGEFIND_BINARY_PATH'];
    }
  });
});

describe('copyShards', () => {
  let root = '';
  const cache = () => join(root, 'cache');
  const bundle = () => join(root, 'bundle');
  const list = () => join(bundle(), 'anni.json');
  const shardFiles = [
    { dir: '', digest: 'primaria' },
    { dir: 'anni/2019', digest: 'vecchia' },
  ];
  const older: ArchiveShardRef[] = [
    { path: '/pagefind/anni/2019/', from: { year: 2019, month: 7 }, articles: 2 },
  ];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'rotativa-bundle-'));
    for (const { digest } of shardFiles) {
      await mkdir(join(cache(), digest), { recursive: true });
      await writeFile(join(cache(), digest, 'pagefind-entry.json'), `{"${digest}":1}`);
    }
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('links each shard into its folder and writes the list of the older ones beside them', async () => {
    await copyShards({ shards: shardFiles, archive: older }, cache(), bundle());
    expect([...(await files(bundle())).keys()].sort()).toEqual([
      '/anni.json',
      '/anni/2019/pagefind-entry.json',
      '/pagefind-entry.json',
    ]);
    expect(JSON.parse(await readFile(list(), 'utf8'))).toEqual([
      { path: '/pagefind/anni/2019/', from: '2019-07', articles: 2 },
    ]);
  });

  it('leaves an unchanged list alone, and puts a changed one in a new file', async () => {
    await copyShards({ shards: shardFiles, archive: older }, cache(), bundle());
    const written = await stat(list());
    await copyShards({ shards: shardFiles, archive: older }, cache(), bundle());
    expect((await stat(list())).ino).toBe(written.ino);

    await copyShards({ shards: shardFiles.slice(0, 1), archive: [] }, cache(), bundle());
    expect((await stat(list())).ino).not.toBe(written.ino);
    expect(await readFile(list(), 'utf8')).toBe('[]');
    expect([...(await files(bundle())).keys()].sort()).toEqual([
      '/anni.json',
      '/pagefind-entry.json',
    ]);
  });
});
