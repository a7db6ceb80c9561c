/**
 * The indexing job run in a process of its own (`search-indexer.ts`): the records of the shards
 * the cache lacks, built from the articles the build's content pass read, written with Pagefind.
 * The costly part of a record, its text, may have been worked out before (`prepared-texts.ts`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PreparedTexts } from './prepared-texts';
import { searchRecord, type RecordContext, type SearchArticle } from './search-records';
import { writeShards } from './write-search-shards';

/** One shard to write: its digest and the articles it indexes. */
export interface IndexShard {
  digest: string;
  articles: SearchArticle[];
}

/** Where the indexing process writes, and how it builds records. */
export interface IndexSetup {
  cacheRoot: string;
  context: RecordContext;
}

/** An article whose record text the indexing process works out before its shard is planned. */
export type PreparedArticle = Pick<SearchArticle, 'slug' | 'data' | 'body'>;

/**
 * What the build tells the indexing process, in this order: its setup, any articles to prepare,
 * then the job, each shard's articles in a file (`v8`-serialized).
 */
export type IndexerRequest =
  | ({ type: 'setup' } & IndexSetup)
  | { type: 'prepare'; articles: PreparedArticle[] }
  | { type: 'index'; inputs: string[] };

/** Pagefind's version: a new one must rewrite every cached shard. */
export function pagefindVersion(): string {
  // The package exports no `./package.json`: read it beside its entry module.
  const main = fileURLToPath(import.meta.resolve('pagefind'));
  const manifest = join(dirname(main), '..', 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return `pagefind@${version}`;
}

/** The records of `articles`, each built when Pagefind is about to take it. */
function* records(
  articles: readonly SearchArticle[],
  context: RecordContext,
  prepared: PreparedTexts | undefined,
) {
  for (const article of articles) {
    yield searchRecord(article, context, prepared?.take(article.slug));
  }
}

function* shardRecords(
  shards: Iterable<IndexShard>,
  context: RecordContext,
  prepared: PreparedTexts | undefined,
) {
  for (const { digest, articles } of shards) {
    yield { digest, records: records(articles, context, prepared) };
  }
}

/** Writes `shards`, taken one at a time, into `cacheRoot`, with the texts `prepared` holds. */
export async function indexContent(
  { cacheRoot, context }: IndexSetup,
  shards: Iterable<IndexShard>,
  prepared?: PreparedTexts,
): Promise<void> {
  await writeShards(shardRecords(shards, context, prepared), cacheRoot, context.language);
}
