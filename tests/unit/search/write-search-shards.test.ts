import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../../src/lib/search/search-records';
import {
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

  it('writes the same bytes with two lanes as with one', async () => {
    const one = join(root, 'one-lane');
    const two = join(root, 'two-lanes-again');
    await writeShards(shards(), one, 'it', 1);
    await writeShards(shards(), two, 'it', 2);
    for (const digest of ['primaria', 'anni-a', 'anni-b']) {
      expect(await files(join(two, digest))).toEqual(await files(join(one, digest)));
    }
  });
});
