/**
 * Discussions written into their page records (`comment-pages-tasks.ts`) on worker threads once a
 * sync has enough of them, so that building, rendering and paginating every thread of a big
 * archive no longer holds the loaders' thread, Astro's main one. A worker costs many discussions'
 * worth of CPU to start (tsx, the comment pipeline), so a small site, or a rebuild that changed a
 * few discussions, writes them in this thread and never starts one.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { writeCommentPages, type CommentPagesTask } from './comment-pages-tasks';

const workerEntry = new URL('./comment-pages-worker.ts', import.meta.url);

/** How {@link commentPagesWriter} shares the work. */
export interface CommentPagesOptions {
  /**
   * Discussions written in this thread before the workers start; 0 starts them with the first.
   * Default 50, as many as the bodies the content pass meets before it starts the Markdown
   * workers.
   */
  startAfter?: number;
  /** Worker threads. Default: the available parallelism, at most 4. */
  workers?: number;
}

/** Writes discussions for one sync; closed when the sync is over. */
export interface CommentPagesWriter {
  /** Writes one discussion's page records; resolves to how many pages it takes. */
  write(task: CommentPagesTask): Promise<number>;
  /** Stops the workers, so their memory is gone before Astro goes on to bundle and render. */
  close(): Promise<void>;
  /** Discussions written so far in this thread and in the workers. */
  stats(): { inProcess: number; inWorkers: number };
}

/** A writer that moves to worker threads after `startAfter` discussions. */
export function commentPagesWriter(options: CommentPagesOptions = {}): CommentPagesWriter {
  const startAfter = options.startAfter ?? 50;
  const size = options.workers ?? Math.min(4, availableParallelism());
  const stats = { inProcess: 0, inWorkers: 0 };
  let pool: Piscina<CommentPagesTask, number> | undefined;
  let broken = false;

  const inProcess = (task: CommentPagesTask): Promise<number> => {
    stats.inProcess++;
    return writeCommentPages(task);
  };

  /** The workers failed (or the task did): it runs here, and so does every task after it. */
  function onFailure(task: CommentPagesTask, error: unknown): Promise<number> {
    if (!broken) {
      broken = true;
      console.warn(
        `[comment-pages] i thread dei commenti si sono fermati, le discussioni restanti sono scritte qui: ${error instanceof Error ? error.message : String(error)}`,
      );
      void close();
    }
    return inProcess(task);
  }

  async function inWorkers(
    running: Piscina<CommentPagesTask, number>,
    task: CommentPagesTask,
  ): Promise<number> {
    let pages: number;
    try {
      pages = await running.run(task);
    } catch (error) {
      return onFailure(task, error);
    }
    stats.inWorkers++;
    return pages;
  }

  function write(task: CommentPagesTask): Promise<number> {
    if (broken || stats.inProcess < startAfter) return inProcess(task);
    pool ??= new Piscina<CommentPagesTask, number>({
      filename: workerEntry.href,
      minThreads: size,
      maxThreads: size,
      idleTimeout: Number.POSITIVE_INFINITY,
    });
    return inWorkers(pool, task);
  }

  async function close(): Promise<void> {
    const stopping = pool;
    pool = undefined;
    await stopping?.destroy();
  }

  return { write, close, stats: () => ({ ...stats }) };
}
