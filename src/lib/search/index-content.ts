/**
 * The whole indexing job: articles from the content folder, their records, the shards, each
 * written unless the cache already holds it. Runs in its own process (`search-indexer.ts`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE } from '../../site.config';
import { loadSearchArticles } from './load-search-articles';
import { searchRecord } from './search-records';
import { planShards, type ShardPlan } from './search-shards';
import { buildShards } from './write-search-shards';
import { publicationTime } from '../articles/published';

/** ISO 639-1 language of the index (stemming, word splitting), from `SITE.locale`. */
export const SEARCH_LANGUAGE = new Intl.Locale(SITE.locale).language;

/** What was indexed, and where each shard is cached. */
export interface IndexedContent {
  articles: number;
  shards: Pick<ShardPlan, 'dir' | 'digest'>[];
  written: number;
  reused: number;
}

/** Pagefind's version: a new one must rewrite every cached shard. */
function engine(): string {
  // The package exports no `./package.json`: read it beside its entry module.
  const main = fileURLToPath(import.meta.resolve('pagefind'));
  const manifest = join(dirname(main), '..', 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return `pagefind@${version}`;
}

/** Indexes the articles of `contentDir`, caching shards under `cacheRoot`. */
export async function indexContent(contentDir: string, cacheRoot: string): Promise<IndexedContent> {
  const articles = await loadSearchArticles(contentDir, publicationTime(process.env));
  const context = { timeZone: SITE.timeZone, language: SEARCH_LANGUAGE };
  const shards = planShards(
    articles.map((article) => searchRecord(article, context)),
    engine(),
  );
  const { written, reused } = await buildShards(shards, cacheRoot, SEARCH_LANGUAGE);
  return {
    articles: articles.length,
    shards: shards.map(({ dir, digest }) => ({ dir, digest })),
    written,
    reused,
  };
}
