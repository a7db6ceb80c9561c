/**
 * The indexing job run in a process of its own (`search-indexer.ts`): the records of the shards
 * the cache lacks, built from the articles the build's content pass read, written with Pagefind.
 * A shard's records add the forms of their words the archive writes (`shard-words.ts`): the word
 * lists the cache lacks are computed and cached first, the others are read from the cache. The
 * articles of a shard are asked for when needed, one shard at a time, so neither process holds a
 * second copy of every article's text.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formCandidates, keptForms, stemming, type Stemming } from './italian-forms';
import { searchRecord, searchText, type RecordContext, type SearchArticle } from './search-records';
import { indexedForms, shardWords, type ShardWords } from './shard-words';
import {
  cachedShards,
  readShardWords,
  writeShards,
  writeShardWords,
  type ShardRecords,
} from './write-search-shards';

/** What the indexing process is asked to write. */
export interface IndexJob {
  cacheRoot: string;
  context: RecordContext;
  /** The digest of each shard's plan, in order: the index, written or reused, is all of them. */
  planned: string[];
}

/** The articles of the shard at a position of {@link IndexJob.planned}, asked of the build. */
export type ShardArticles = (position: number) => Promise<SearchArticle[]>;

/** What the indexing process did. */
export interface IndexOutcome {
  /** The digest of each shard's index, in the job's order. */
  digests: string[];
  /** Shards written. */
  written: number;
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
function* records(
  articles: readonly SearchArticle[],
  context: RecordContext,
  forms: ReadonlySet<string>,
  stem: Stemming,
) {
  const formsOf = (text: string) => keptForms(formCandidates(text, stem, forms), forms, stem);
  for (const article of articles) yield searchRecord(article, context, formsOf);
}

/** The word list of each shard of `job`, computed and cached where the cache lacks it. */
async function wordLists(
  { cacheRoot, planned }: IndexJob,
  articlesOf: ShardArticles,
  stem: Stemming,
): Promise<ShardWords[]> {
  const lists = await readShardWords(cacheRoot, planned);
  const complete: ShardWords[] = [];
  for (const [i, digest] of planned.entries()) {
    let list = lists[i];
    if (list === undefined) {
      list = shardWords((await articlesOf(i)).map(searchText), stem);
      await writeShardWords(cacheRoot, digest, list);
    }
    complete.push(list);
  }
  return complete;
}

/** Writes the shards of `job` the cache lacks into its cache folder; see {@link IndexOutcome}. */
export async function indexContent(
  job: IndexJob,
  articlesOf: ShardArticles,
): Promise<IndexOutcome> {
  const stem = stemming();
  const indexes = indexedForms(job.planned, await wordLists(job, articlesOf, stem));
  const present = await cachedShards(job.cacheRoot);
  const missing = [...indexes.entries()].filter(([, { digest }]) => !present.has(digest));
  async function* toWrite(): AsyncGenerator<ShardRecords> {
    for (const [i, { digest, forms }] of missing) {
      const articles = await articlesOf(i);
      yield { digest, records: records(articles, job.context, new Set(forms), stem) };
    }
  }
  await writeShards(toWrite(), job.cacheRoot, job.context.language);
  return { digests: indexes.map(({ digest }) => digest), written: missing.length };
}
