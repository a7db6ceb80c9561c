/**
 * The indexing job run in a process of its own (`search-indexer.ts`): the records of the shards
 * the cache lacks, built from the articles the build's content pass read, written with Pagefind.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchRecord, type RecordContext, type SearchArticle } from './search-records';
import { writeShards } from './write-search-shards';

/** One shard to write: its digest and the articles it indexes. */
export interface IndexShard {
  digest: string;
  articles: SearchArticle[];
}

/** What the indexing process is asked to write. */
export interface IndexJob {
  cacheRoot: string;
  context: RecordContext;
  shards: IndexShard[];
}

/** The job as the process receives it: each shard's articles in a file, `v8`-serialized. */
export type IndexHeader = Omit<IndexJob, 'shards'> & { inputs: string[] };

/** Pagefind's version: a new one must rewrite every cached shard. */
export function pagefindVersion(): string {
  // The package exports no `./package.json`: read it beside its entry module.
  const main = fileURLToPath(import.meta.resolve('pagefind'));
  const manifest = join(dirname(main), '..', 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return `pagefind@${version}`;
}

/** The records of `articles`, each built when Pagefind is about to take it. */
function* records(articles: readonly SearchArticle[], context: RecordContext) {
  for (const article of articles) yield searchRecord(article, context);
}

function* shardRecords(shards: Iterable<IndexShard>, context: RecordContext) {
  for (const { digest, articles } of shards) yield { digest, records: records(articles, context) };
}

/** Writes `shards`, taken one at a time, into `cacheRoot`. */
export async function indexContent(
  { cacheRoot, context }: Omit<IndexJob, 'shards'>,
  shards: Iterable<IndexShard>,
): Promise<void> {
  await writeShards(shardRecords(shards, context), cacheRoot, context.language);
}
