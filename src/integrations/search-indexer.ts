/**
 * Search indexing for a build: plans the shards from the articles of the content pass, and
 * writes the ones the cache lacks in a child process of its own (on another core while Astro
 * renders, with its own heap), waited for with a deadline. Whatever goes wrong (Pagefind
 * reports errors, its binary dies or hangs) ends as one Italian message, never as a hung build.
 * With nothing to write, no process starts.
 *
 * A shard's index is named by its plan and by the forms its records take from the archive
 * (`shard-words.ts`), which the cached word lists give; the process asks for the articles of a
 * shard when it computes the shard's word list or writes it.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CheckedArticle } from '../lib/content/check-content';
import { SITE } from '../site.config';
import { pagefindVersion, type IndexJob, type IndexOutcome } from '../lib/search/index-content';
import {
  indexableArticles,
  SEARCH_LANGUAGE,
  type IndexableArticle,
} from '../lib/search/search-plan';
import type { SearchArticle } from '../lib/search/search-records';
import { planShards, type ShardPlan } from '../lib/search/search-shards';
import { indexedForms } from '../lib/search/shard-words';
import {
  cachedShards,
  cachedWordLists,
  readShardWords,
  type IndexedShard,
} from '../lib/search/write-search-shards';
import { codeDigest } from '../loaders/code-digest';

/** What the child process sends back at the end. */
export type IndexerReply = { ok: true; outcome: IndexOutcome } | { ok: false; message: string };

/**
 * What the child process sends: a request for the articles of the shard at a position of
 * `IndexJob.planned`, or its {@link IndexerReply}.
 */
export type IndexerMessage = { next: number } | IndexerReply;

/** The answer to a request: the articles of the shard asked for. */
export interface ShardAnswer {
  articles: SearchArticle[];
}

/** The index of a finished run. */
export interface IndexedShards {
  /** Every shard of the index, written now or reused. */
  shards: IndexedShard[];
  written: number;
  reused: number;
}

/** A started indexing run. */
export interface RunningIndexer {
  /** Articles indexed. */
  articles: number;
  /**
   * The (first) indexing process, for the benchmark's readings; `undefined` when nothing is
   * written.
   */
  pid: number | undefined;
  /** Resolves once every shard is in the cache, or rejects with an Italian message. */
  done: Promise<IndexedShards>;
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
  /** Milliseconds after which a run that has not answered is stopped. */
  timeoutMs: number;
}

const entry = new URL('./search-indexer-process.ts', import.meta.url);

/** What turns articles into shard files: a change in any of it invalidates every cached shard. */
async function engine(root: string): Promise<string> {
  const code = await codeDigest(root, [
    fileURLToPath(new URL('../lib/search/index-content.ts', import.meta.url)),
    fileURLToPath(new URL('../lib/content/validate-article.ts', import.meta.url)),
  ]);
  return [pagefindVersion(), SEARCH_LANGUAGE, SITE.timeZone, code].join('\0');
}

/**
 * The digest of each shard's index when every word list is cached, else `undefined`: the
 * indexing process computes the missing lists first.
 */
async function indexDigests(
  cacheRoot: string,
  shards: readonly ShardPlan[],
): Promise<string[] | undefined> {
  const planned = shards.map(({ digest }) => digest);
  const listed = await cachedWordLists(cacheRoot);
  if (!planned.every((digest) => listed.has(digest))) return undefined;
  const lists = await readShardWords(cacheRoot, planned);
  const known = lists.filter((list) => list !== undefined);
  if (known.length < lists.length) return undefined;
  return indexedForms(planned, known).map(({ digest }) => digest);
}

/** Plans the index of `articles` and starts writing its missing shards; see {@link RunningIndexer}. */
export async function startIndexer(options: IndexerOptions): Promise<RunningIndexer> {
  const articles = indexableArticles(options.articles, options.now, SITE.timeZone);
  const shards = planShards(articles, await engine(options.root));
  const [digests, present] = await Promise.all([
    indexDigests(options.cacheRoot, shards),
    cachedShards(options.cacheRoot),
  ]);
  const indexed = (outcome: IndexOutcome): IndexedShards => ({
    shards: shards.map(({ dir, digest }, i) => ({
      dir,
      planned: digest,
      digest: outcome.digests[i] ?? '',
    })),
    written: outcome.written,
    reused: shards.length - outcome.written,
  });
  if (digests?.every((digest) => present.has(digest))) {
    return {
      articles: articles.length,
      pid: undefined,
      done: Promise.resolve(indexed({ digests, written: 0 })),
    };
  }
  const job: IndexJob = {
    cacheRoot: options.cacheRoot,
    context: { timeZone: SITE.timeZone, language: SEARCH_LANGUAGE },
    planned: shards.map(({ digest }) => digest),
  };
  const { pid, done } = runJob(job, shards, options.timeoutMs);
  const index = done.then(indexed);
  // A build that fails before awaiting the run must not see an unhandled rejection.
  index.catch(() => {});
  return { articles: articles.length, pid, done: index };
}

/** Lines of the child's stderr kept for the error message (Pagefind's own complaints). */
const STDERR_LINES = 10;

/** Writes the shards of `job` in a child process, answering its requests from `shards`. */
function runJob(
  job: IndexJob,
  shards: readonly ShardPlan<IndexableArticle>[],
  timeoutMs: number,
): { pid: number | undefined; done: Promise<IndexOutcome> } {
  // Its own process group, so a stop also ends the Pagefind binary it started.
  const child = spawn(process.execPath, [fileURLToPath(entry)], {
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    // Front-matter dates travel as dates.
    serialization: 'advanced',
    detached: true,
  });
  child.send(job);
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
  const done = new Promise<IndexOutcome>((resolve, reject) => {
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
    const timer = setTimeout(() => {
      stopGroup();
      fail(`nessuna risposta da Pagefind dopo ${Math.round(timeoutMs / 1000)} s, processo fermato`);
    }, timeoutMs);
    child.on('message', (message: IndexerMessage) => {
      if (!('next' in message)) {
        reply = message;
        return;
      }
      const items = shards[message.next]?.items ?? [];
      const articles = items.map(({ slug, data, body }) => ({ slug, data, body }));
      child.send({ articles } satisfies ShardAnswer);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error.message);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (reply?.ok) resolve(reply.outcome);
      else if (reply) fail(reply.message);
      else fail(`il processo di indicizzazione è terminato con ${signal ?? `codice ${code}`}`);
    });
  });
  // A build that fails before awaiting the run must not see an unhandled rejection.
  done.catch(() => {});
  return { pid: child.pid, done };
}
