/**
 * Writes the shards of the search index (I/O edge): each shard is built once per digest into the
 * build's cache folder, with Pagefind's Node API fed the records directly, and every build
 * copies the current shards into its output, with the list of the older ones beside them. Every
 * step's `errors` array is checked, and any error throws, so a half-written index can never be
 * published.
 *
 * @see https://pagefind.app/docs/node-api/
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { writeArchiveShards, type ArchiveShardRef } from './archive-steps';
import { PAGEFIND_BUNDLE } from './pagefind-bundle';
import type { SearchRecord } from './search-records';
import type { ShardPlan } from './search-shards';
import { syncLinks } from '../build/link-sync';

/** The index could not be built; the message says at which step and why, in Italian. */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new SearchIndexError(
      `Indice di ricerca non creato: Pagefind (${step}) ha segnalato ${errors.length} ${
        errors.length === 1 ? 'errore' : 'errori'
      }:\n${errors.map((error) => `  - ${error}`).join('\n')}`,
    );
  }
}

/** Pages in a written shard, from its `pagefind-entry.json`. */
export async function indexedPageCount(shardPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(shardPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
}

const cachedPath = (cacheRoot: string, shard: Pick<ShardPlan, 'digest'>) =>
  join(cacheRoot, shard.digest);

/** A shard to write: its digest and the records it indexes, built as they are taken. */
export interface ShardRecords {
  digest: string;
  records: Iterable<SearchRecord>;
}

/**
 * Records sent ahead of Pagefind's answers. Pagefind indexes one request at a time, so awaiting
 * each answer before building the next record leaves it idle while this process works, and
 * this process idle while it works; a few requests in flight keep both busy at once.
 */
const IN_FLIGHT = 16;

/** Feeds `records` to `index` in order; returns how many were sent. */
async function addRecords(
  index: pagefind.PagefindIndex,
  records: Iterable<SearchRecord>,
): Promise<number> {
  const pending: Promise<void>[] = [];
  let sent = 0;
  for (const record of records) {
    const added = index
      .addCustomRecord(record)
      .then(({ errors }) => assertNoErrors('addCustomRecord', errors));
    // Awaited below, in order; a failure must not count as unhandled before its turn.
    added.catch(() => {});
    pending.push(added);
    sent += 1;
    if (pending.length >= IN_FLIGHT) await pending.shift();
  }
  await Promise.all(pending);
  return sent;
}

/** Pagefind's Node API: each instance of its module drives one binary of its own. */
type PagefindApi = typeof pagefind;

/**
 * `count` instances of Pagefind's Node API. The module keeps its binary in a module-level
 * variable, and a module imported under another URL (a query string) is another instance, so
 * each lane gets a binary of its own.
 */
async function pagefindLanes(count: number): Promise<PagefindApi[]> {
  const url = import.meta.resolve('pagefind');
  const others = Array.from(
    { length: count - 1 },
    // A URL of its own per lane, resolved by Node when the build runs, not by Vite.
    (_, lane) => import(/* @vite-ignore */ `${url}?lane=${lane + 1}`) as Promise<PagefindApi>,
  );
  return [pagefind, ...(await Promise.all(others))];
}

/**
 * Writes `shard` with `api`'s binary, then removes its index from that binary, so the next shard
 * reuses the memory the binary already holds: a new binary would map and fault in all of it again,
 * a large part of Pagefind's CPU (docs/performance.md).
 */
async function writeShard(
  api: PagefindApi,
  shard: ShardRecords,
  target: string,
  language: string,
): Promise<void> {
  const created = await api.createIndex({ forceLanguage: language });
  assertNoErrors('createIndex', created.errors);
  const { index } = created;
  if (!index) throw new SearchIndexError('Indice di ricerca non creato: Pagefind non è partito.');
  const sent = await addRecords(index, shard.records);
  assertNoErrors('writeFiles', (await index.writeFiles({ outputPath: target })).errors);
  const written = await indexedPageCount(target);
  if (written !== sent) {
    throw new SearchIndexError(
      `Indice di ricerca incompleto: ${written} articoli indicizzati su ${sent}.`,
    );
  }
  await index.deleteIndex();
}

/** Digests of the shards `cacheRoot` holds. */
export async function cachedShards(cacheRoot: string): Promise<Set<string>> {
  await mkdir(cacheRoot, { recursive: true });
  return new Set((await readdir(cacheRoot)).filter((name) => !name.endsWith('.tmp')));
}

/**
 * Shards written at once after the first: Pagefind indexes on one core, and the build leaves a
 * core idle at its end while the index is still being written (docs/performance.md).
 */
export const SHARD_LANES = 2;

/**
 * Writes each shard into `cacheRoot/<digest>/`, its records indexed as `language`. The first
 * shard (the primary index, the largest) is written alone, by a binary that then exits and gives
 * its memory back; the others `lanes` at a time, taken in order as lanes free up, each lane's
 * binary writing one shard after another.
 */
export async function writeShards(
  shards: Iterable<ShardRecords>,
  cacheRoot: string,
  language: string,
  lanes = SHARD_LANES,
): Promise<void> {
  await mkdir(cacheRoot, { recursive: true });
  const apis = await pagefindLanes(lanes);
  const queue = shards[Symbol.iterator]();
  const drain = async (api: PagefindApi, limit = Infinity) => {
    try {
      for (let taken = 0; taken < limit; taken++) {
        const next = queue.next();
        if (next.done) return;
        const shard = next.value;
        // Written beside its final name and renamed, so an interrupted build never leaves a
        // partial shard under a digest.
        const temporary = `${cachedPath(cacheRoot, shard)}.${process.pid}.tmp`;
        await rm(temporary, { recursive: true, force: true });
        await writeShard(api, shard, temporary, language);
        await rename(temporary, cachedPath(cacheRoot, shard));
      }
    } finally {
      // The binary would keep Node alive, and it keeps the memory its largest shard took.
      await api.close();
    }
  };
  await drain(pagefind, 1);
  await Promise.all(apis.map((api) => drain(api)));
}

/** Removes the cached shards not in `planned` (the cache holds one build's worth). */
export async function pruneShards(
  cacheRoot: string,
  planned: readonly Pick<ShardPlan, 'digest'>[],
): Promise<void> {
  const keep = new Set(planned.map((shard) => shard.digest));
  for (const name of await readdir(cacheRoot)) {
    if (!keep.has(name)) await rm(join(cacheRoot, name), { recursive: true, force: true });
  }
}

/** What a search bundle holds: every shard, and the list of the older ones the page fetches. */
export interface BundleContents {
  shards: readonly Pick<ShardPlan, 'dir' | 'digest'>[];
  archive: readonly ArchiveShardRef[];
}

/**
 * Makes `bundleDir` (the output's `pagefind/`) hold every file of the cached shards, each shard at
 * its folder, as hard links: a shard holds one fragment file per article, and linking them costs
 * no copy of their bytes. Files already linked (an output taken back from an earlier build) are
 * left alone, and files of shards no longer planned are removed. The list of the older shards
 * is written beside them (`PAGEFIND_BUNDLE.archiveList`), only when it changed.
 */
export async function copyShards(
  { shards, archive }: BundleContents,
  cacheRoot: string,
  bundleDir: string,
): Promise<void> {
  const wanted = new Map<string, string>();
  for (const shard of shards) {
    const from = cachedPath(cacheRoot, shard);
    const entries = await readdir(from, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const source = join(entry.parentPath, entry.name);
      wanted.set(join(shard.dir, relative(from, source)), source);
    }
  }
  const isList = (path: string) => path === PAGEFIND_BUNDLE.archiveList;
  await syncLinks(bundleDir, wanted, { spare: isList });
  await writeArchiveList(join(bundleDir, PAGEFIND_BUNDLE.archiveList), archive);
}

async function writeArchiveList(path: string, archive: readonly ArchiveShardRef[]): Promise<void> {
  const text = writeArchiveShards(archive);
  if ((await readFile(path, 'utf8').catch(() => undefined)) === text) return;
  // A new file renamed into place: the output may share the old one's inode with another output.
  const temporary = `${path}.${process.pid}.tmp`;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(temporary, text);
  await rename(temporary, path);
}
