/**
 * The indexing job run in a process of its own (`search-indexer.ts`): the records of the shards
 * the cache lacks, built from the articles the build's content pass read, written with Pagefind.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchRecord, type RecordContext, type SearchArticle } from './search-records';
import { writeShards } from './write-search-shards';

/** What the indexing process is asked to write. */
export interface IndexJob {
  cacheRoot: string;
  context: RecordContext;
  shards: { digest: string; articles: SearchArticle[] }[];
}

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

/** Writes the shards of `job` into its cache folder. */
export async function indexContent({ cacheRoot, context, shards }: IndexJob): Promise<void> {
  await writeShards(
    shards.map(({ digest, articles }) => ({ digest, records: records(articles, context) })),
    cacheRoot,
    context.language,
  );
}
