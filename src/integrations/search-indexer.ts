/**
 * Runs the search indexing in a child process of its own (on another core while Astro renders,
 * with its own heap) and waits for it with a deadline. Whatever goes wrong (Pagefind reports
 * errors, its binary dies or hangs) ends as one Italian message, never as a hung build.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { IndexedContent } from '../lib/search/index-content';

/** What the child process sends back. */
export type IndexerReply = { ok: true; result: IndexedContent } | { ok: false; message: string };

/** A started indexing run. */
export interface RunningIndexer {
  /** The indexing process, for the benchmark's memory readings. */
  pid: number | undefined;
  /** Resolves with the outcome, or rejects with an Italian message. */
  done: Promise<IndexedContent>;
}

/** Options of {@link startIndexer}. */
export interface IndexerOptions {
  contentDir: string;
  /** Folder of cached shards, inside the build's cache folder. */
  cacheRoot: string;
  /** Milliseconds after which a run that has not answered is stopped. */
  timeoutMs: number;
}

const entry = new URL('./search-indexer-process.ts', import.meta.url);

/** Lines of the child's stderr kept for the error message (Pagefind's own complaints). */
const STDERR_LINES = 10;

/** Starts indexing `contentDir`; see {@link RunningIndexer}. */
export function startIndexer({ contentDir, cacheRoot, timeoutMs }: IndexerOptions): RunningIndexer {
  // Its own process group, so a stop also ends the Pagefind binary it started.
  const child = spawn(process.execPath, [fileURLToPath(entry)], {
    env: { ...process.env, ROTATIVA_SEARCH_JOB: JSON.stringify({ contentDir, cacheRoot }) },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    detached: true,
  });
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
  const done = new Promise<IndexedContent>((resolve, reject) => {
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
    child.on('message', (message: IndexerReply) => (reply = message));
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error.message);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (reply?.ok) resolve(reply.result);
      else if (reply) fail(reply.message);
      else fail(`il processo di indicizzazione è terminato con ${signal ?? `codice ${code}`}`);
    });
  });
  // A build that fails before awaiting the run must not see an unhandled rejection.
  done.catch(() => {});
  return { pid: child.pid, done };
}
