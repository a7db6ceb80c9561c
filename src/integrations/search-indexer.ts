/**
 * Search indexing for a build: plans the shards from the articles of the content pass, and
 * writes the ones the cache lacks in a child process of its own (at the lowest priority beside
 * Astro's rendering, with its own heap), waited for with a deadline. Whatever goes wrong (Pagefind
 * reports errors, its binary dies or hangs) ends as one Italian message, never as a hung build.
 * With nothing to write, no process starts.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { fileURLToPath } from 'node:url';
import type { CheckedArticle } from '../lib/content/check-content';
import { SITE } from '../site.config';
import { archiveShardRefs, type ArchiveShardRef } from '../lib/search/archive-steps';
import { pagefindVersion, type IndexHeader, type IndexJob } from '../lib/search/index-content';
import { PAGEFIND_BUNDLE } from '../lib/search/pagefind-bundle';
import { indexableArticles, SEARCH_LANGUAGE } from '../lib/search/search-plan';
import { planShards, shardDir, type ShardPlan } from '../lib/search/search-shards';
import { cachedShards } from '../lib/search/write-search-shards';
import { codeDigest } from '../loaders/code-digest';
import { quietDeadline } from './quiet-deadline';
import { HEAP_GROWTH_FLAG } from '../lib/build/heap-growth';

/** What the child process sends back at the end. */
export type IndexerReply = { ok: true } | { ok: false; message: string };

/** What the child process sends: how many shards it has taken so far, then its reply. */
export type IndexerMessage = IndexerReply | { taken: number };

/** A started indexing run. */
export interface RunningIndexer {
  /** Articles indexed. */
  articles: number;
  /** Every shard of the index, written now or reused. */
  shards: Pick<ShardPlan, 'dir' | 'digest'>[];
  /** The older articles' shards as the search page fetches their list, newest first. */
  archive: ArchiveShardRef[];
  written: number;
  reused: number;
  /** The indexing process, for the benchmark's readings; `undefined` when nothing is written. */
  pid: number | undefined;
  /** Resolves once every shard is in the cache, or rejects with an Italian message. */
  done: Promise<void>;
}

/** Options of {@link startIndexer}. */
export interface IndexerOptions {
  /** The articles of the build's content pass. */
  articles: readonly CheckedArticle[];
  /** The instant the build publishes at. */
  now: Date;
  /** The project root, whose record code names the cached shards. */
  root: string;
  /** Folder of cached shards, inside the build's cache folder. */
  cacheRoot: string;
  /** Milliseconds without a new shard taken after which the run is stopped as hung. */
  timeoutMs: number;
  /** The excerpt of an article's body, as the Markdown pipeline found it. */
  excerptOf: (article: CheckedArticle) => Promise<string>;
}

const entry = new URL('./search-indexer-process.ts', import.meta.url);

/** What turns articles into shard files: a change in any of it invalidates every cached shard. */
async function engine(root: string): Promise<string> {
  const code = await codeDigest(root, [
    fileURLToPath(new URL('../lib/search/index-content.ts', import.meta.url)),
    fileURLToPath(new URL('../lib/content/validate-article.ts', import.meta.url)),
    fileURLToPath(new URL('../plugins/remark-excerpt.ts', import.meta.url)),
  ]);
  return [pagefindVersion(), SEARCH_LANGUAGE, SITE.timeZone, code].join('\0');
}

/** The older shards of a plan, each with its URL and article count. */
export function olderShards(shards: readonly ShardPlan[]): ArchiveShardRef[] {
  return archiveShardRefs(
    shards.filter(({ dir }) => dir !== shardDir()),
    (dir) => `/${PAGEFIND_BUNDLE.dir}/${dir}/`,
  );
}

/**
 * Plans the index of `articles` and starts writing its missing shards; see
 * {@link RunningIndexer}.
 */
export async function startIndexer(options: IndexerOptions): Promise<RunningIndexer> {
  const articles = indexableArticles(options.articles, options.now, SITE.timeZone);
  const shards = planShards(articles, await engine(options.root));
  const present = await cachedShards(options.cacheRoot);
  const missing = shards.filter((shard) => !present.has(shard.digest));
  const checked = new Map(options.articles.map((article) => [article.slug, article]));
  const excerptOf = async (slug: string) => {
    const article = checked.get(slug);
    return article ? options.excerptOf(article) : '';
  };
  const job: IndexJob = {
    cacheRoot: options.cacheRoot,
    context: { timeZone: SITE.timeZone, language: SEARCH_LANGUAGE },
    shards: await Promise.all(
      missing.map(async ({ digest, items }) => ({
        digest,
        articles: await Promise.all(
          items.map(async ({ slug, data, body }) => ({
            slug,
            data,
            body,
            excerpt: await excerptOf(slug),
          })),
        ),
      })),
    ),
  };
  const { pid, done } =
    missing.length === 0
      ? { pid: undefined, done: Promise.resolve() }
      : runJob(job, options.timeoutMs);
  return {
    articles: articles.length,
    shards: shards.map(({ dir, digest }) => ({ dir, digest })),
    archive: olderShards(shards),
    written: missing.length,
    reused: shards.length - missing.length,
    pid,
    done,
  };
}

/** Lines of the child's stderr kept for the error message (Pagefind's own complaints). */
const STDERR_LINES = 10;

/** Writes the shards of `job` in a child process. */
function runJob(job: IndexJob, timeoutMs: number): Pick<RunningIndexer, 'pid' | 'done'> {
  // Its own process group, so a stop also ends the Pagefind binary it started.
  const child = spawn(process.execPath, [HEAP_GROWTH_FLAG, fileURLToPath(entry)], {
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    // Structured clones, as in the shards' files.
    serialization: 'advanced',
    detached: true,
  });
  // Each shard's articles in a file the process reads when it comes to that shard: in one message,
  // every article's text sat in both processes until the last shard was written.
  const { shards, ...context } = job;
  const inputs = shards.map((shard) => {
    const file = join(job.cacheRoot, `${shard.digest}.${process.pid}.input.tmp`);
    writeFileSync(file, serialize(shard));
    return file;
  });
  child.send({ ...context, inputs } satisfies IndexHeader);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).split('\n').slice(-STDERR_LINES).join('\n');
  });
  const stopGroup = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const done = new Promise<void>((resolve, reject) => {
    let reply: IndexerReply | undefined;
    const fail = (message: string) => {
      // What Pagefind said, without the stack frames of the Node error it prints along.
      const said = stderr
        .split('\n')
        .filter((line) => !/^\s*(?:at |errno:|code:|syscall:|[{}]\s*$)/.test(line))
        .join('\n')
        .trim();
      const detail = said === '' ? '' : `\n${said}`;
      const error = new Error(`Indice di ricerca non creato: ${message}.${detail}`);
      // The author reads the reason; a trace through this module would only hide it.
      error.stack = error.message;
      reject(error);
    };
    const deadline = quietDeadline(timeoutMs, () => {
      stopGroup();
      fail(`nessuna risposta da Pagefind dopo ${Math.round(timeoutMs / 1000)} s, processo fermato`);
    });
    child.on('message', (message: IndexerMessage) => {
      if ('taken' in message) deadline.heard();
      else reply = message;
    });
    child.on('error', (error) => {
      deadline.stop();
      fail(error.message);
    });
    child.on('close', (code, signal) => {
      deadline.stop();
      for (const file of inputs) rmSync(file, { force: true });
      if (reply?.ok) resolve();
      else if (reply) fail(reply.message);
      else fail(`il processo di indicizzazione è terminato con ${signal ?? `codice ${code}`}`);
    });
  });
  // A build that fails before awaiting the run must not see an unhandled rejection.
  done.catch(() => {});
  return { pid: child.pid, done };
}
