/**
 * The indexing job run in a process of its own (`search-indexer.ts`): the records of the shards
 * the cache lacks, built from the articles the build's content pass read, written with Pagefind.
 * A shard's records add the forms of their words the archive writes (`shard-words.ts`): the word
 * lists of the shards sent are computed and cached first, the others' are read from the cache.
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
  /**
   * Every shard of the index, in order: the digest of its plan, and its articles when the
   * parent sends them (the shard lacks a word list or an index).
   */
  shards: { planned: string; articles?: SearchArticle[] }[];
}

/** What the indexing process did. */
export interface IndexOutcome {
  /** The digest of each shard's index, in the job's order. */
  digests: string[];
  /** Shards written. */
  written: number;
  /**
   * Positions of the shards whose index is missing and whose articles were not sent: the
   * archive's words changed their forms. The parent sends them in a second job.
   */
  missing: number[];
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

/** Writes the shards of `job` into its cache folder; see {@link IndexOutcome}. */
export async function indexContent({
  cacheRoot,
  context,
  shards,
}: IndexJob): Promise<IndexOutcome> {
  const stem = stemming();
  const planned = shards.map((shard) => shard.planned);
  const lists = await readShardWords(cacheRoot, planned);
  const complete: ShardWords[] = [];
  for (const [i, { planned: digest, articles }] of shards.entries()) {
    let list = lists[i];
    if (list === undefined && articles !== undefined) {
      list = shardWords(articles.map(searchText), stem);
      await writeShardWords(cacheRoot, digest, list);
    }
    if (list === undefined) throw new Error(`elenco di parole mancante per ${digest}`);
    complete.push(list);
  }
  const indexes = indexedForms(planned, complete);
  const present = await cachedShards(cacheRoot);
  const toWrite: ShardRecords[] = [];
  const missing: number[] = [];
  for (const [i, { digest, forms }] of indexes.entries()) {
    const articles = shards[i]?.articles;
    if (present.has(digest)) continue;
    if (articles === undefined) missing.push(i);
    else toWrite.push({ digest, records: records(articles, context, new Set(forms), stem) });
  }
  await writeShards(toWrite, cacheRoot, context.language);
  return { digests: indexes.map(({ digest }) => digest), written: toWrite.length, missing };
}
