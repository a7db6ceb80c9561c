import {
  type AstroMarkdownOptions,
  type MarkdownRenderer,
  type MarkdownRenderOptions,
  type MarkdownRenderResult,
  unified,
  type UnifiedProcessorOptions,
} from '@astrojs/markdown-remark';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type {
  PoolWorkerData,
  ReadyMessage,
  RenderReply,
  RenderRequest,
} from './pooled-unified-protocol';

/** How `pooledUnified()` finds the options in a worker and sizes the pool. */
export interface PoolOptions {
  /**
   * Module that exports the very options object passed to `pooledUnified()`: plugins are
   * functions and cannot cross threads, so each worker imports them itself.
   */
  optionsModule: URL;
  /** Name of that export. Default `markdownOptions`. */
  exportName?: string;
  /** Worker threads. Default: the available parallelism, at most 4. */
  workers?: number;
  /**
   * Renders done in-process before the workers start (they go on in-process until a worker is
   * ready). A worker costs 1-3 s of CPU to start (tsx, the plugins, Shiki), about 50-100
   * articles' worth, so small sites never pay it. 0 renders nothing in-process. Default 50.
   */
  startAfter?: number;
  /** Milliseconds without a render after which the workers stop and free their memory. Default 2000. */
  idleMs?: number;
}

/** Astro's Markdown renderer with a way to stop its workers at once (tests; the workers also stop when idle). */
export interface PooledMarkdownRenderer extends MarkdownRenderer {
  close(): Promise<void>;
  /** Renders done so far in this thread and in the workers. */
  stats(): { inProcess: number; inWorkers: number };
}

/** The processor of `pooledUnified()`: `unified()`'s, with a renderer that can be closed. */
export type PooledUnifiedProcessor = Omit<ReturnType<typeof unified>, 'createRenderer'> & {
  createRenderer(shared: AstroMarkdownOptions): Promise<PooledMarkdownRenderer>;
};

const workerEntry = new URL('./pooled-unified-worker.ts', import.meta.url);

/**
 * `unified(options)` from `@astrojs/markdown-remark`, whose `.md` renderer spreads `render()` calls
 * over `worker_threads` once a site proves big enough, so Astro's content sync (which renders ten
 * entries at a time) uses every core. Name, options and MDX renderer are `unified()`'s own, so
 * Astro and integrations see a unified processor. Renders stay in-process when the options were
 * changed after the config was built (the workers would not see the change) or when Astro's shared
 * Markdown config cannot be cloned to a worker.
 */
export function pooledUnified(
  options: UnifiedProcessorOptions,
  pool: PoolOptions,
): PooledUnifiedProcessor {
  const base = unified(options);
  const configured = snapshot(base.options);
  return {
    ...base,
    name: base.name,
    options: base.options,
    async createRenderer(shared) {
      const local = await base.createRenderer(shared);
      const workerData = workerDataFor(pool, shared);
      if (!sameOptions(configured, base.options) || !workerData) {
        let inProcess = 0;
        return {
          render: (content, opts) => (inProcess++, local.render(content, opts)),
          close: async () => {},
          stats: () => ({ inProcess, inWorkers: 0 }),
        };
      }
      return createPooledRenderer(local, workerData, pool);
    },
  };
}

type Snapshot = ReturnType<typeof snapshot>;

function snapshot(options: ReturnType<typeof unified>['options']) {
  return {
    remarkPlugins: [...options.remarkPlugins],
    rehypePlugins: [...options.rehypePlugins],
    remarkRehype: { ...options.remarkRehype },
    gfm: options.gfm,
    smartypants: options.smartypants,
  };
}

/** Whether integrations left the options as configured: a pushed plugin would be missing in the workers. */
function sameOptions(configured: Snapshot, now: ReturnType<typeof unified>['options']): boolean {
  const current = snapshot(now);
  const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
    a.length === b.length && a.every((entry, i) => entry === b[i]);
  const rehypeKeys = Object.keys(current.remarkRehype);
  return (
    sameList(configured.remarkPlugins, current.remarkPlugins) &&
    sameList(configured.rehypePlugins, current.rehypePlugins) &&
    sameList(Object.keys(configured.remarkRehype), rehypeKeys) &&
    rehypeKeys.every((key) => configured.remarkRehype[key] === current.remarkRehype[key]) &&
    configured.gfm === current.gfm &&
    configured.smartypants === current.smartypants
  );
}

function workerDataFor(
  pool: PoolOptions,
  shared: AstroMarkdownOptions,
): PoolWorkerData | undefined {
  try {
    return {
      optionsModule: pool.optionsModule.href,
      exportName: pool.exportName ?? 'markdownOptions',
      shared: structuredClone(shared),
    };
  } catch {
    // Shiki transformers and other functions in the shared config cannot reach a worker.
    return undefined;
  }
}

interface Job {
  request: RenderRequest;
  frontmatter: Record<string, unknown> | undefined;
  resolve: (result: MarkdownRenderResult) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  thread: Worker;
  ready: boolean;
  job: Job | undefined;
}

function createPooledRenderer(
  local: MarkdownRenderer,
  workerData: PoolWorkerData,
  pool: PoolOptions,
): PooledMarkdownRenderer {
  const size = pool.workers ?? Math.min(4, availableParallelism());
  const startAfter = pool.startAfter ?? 50;
  const idleMs = pool.idleMs ?? 2000;
  let workers: PoolWorker[] = [];
  const queue: Job[] = [];
  let localRenders = 0;
  const stats = { inProcess: 0, inWorkers: 0 };
  let nextId = 0;
  let broken = false;
  let idleTimer: NodeJS.Timeout | undefined;

  function start(): void {
    for (let i = 0; i < size; i++) {
      const worker: PoolWorker = {
        thread: new Worker(workerEntry, { workerData }),
        ready: false,
        job: undefined,
      };
      worker.thread.unref();
      worker.thread.on('message', (message: RenderReply | ReadyMessage) =>
        onMessage(worker, message),
      );
      worker.thread.on('error', (error) => onFailure(worker, error));
      worker.thread.on('exit', (code) =>
        onFailure(worker, new Error(`Markdown worker exited with code ${code}`)),
      );
      workers.push(worker);
    }
  }

  function onMessage(worker: PoolWorker, message: RenderReply | ReadyMessage): void {
    if ('ready' in message) {
      worker.ready = true;
    } else {
      const job = worker.job;
      worker.job = undefined;
      if (job) settle(job, message);
    }
    next(worker);
  }

  /** A worker that died takes its render down with it; the pool renders in-process from then on. */
  function onFailure(worker: PoolWorker, error: Error): void {
    if (!workers.includes(worker)) return;
    workers = workers.filter((w) => w !== worker);
    void worker.thread.terminate();
    worker.job?.reject(error);
    if (!worker.ready && !broken) {
      broken = true;
      console.warn(
        `[pooled-unified] Markdown worker failed to start, rendering in-process: ${error.message}`,
      );
    }
    if (workers.every((w) => !w.ready)) {
      for (const job of queue.splice(0)) runLocally(job);
    }
  }

  function settle(job: Job, reply: RenderReply): void {
    if (reply.error) {
      const { name, message, stack, fields } = reply.error;
      const error = Object.assign(new Error(message), fields);
      error.name = name;
      if (stack) error.stack = stack;
      job.reject(error);
      return;
    }
    const { result } = reply;
    stats.inWorkers++;
    if (job.frontmatter) {
      // In-process, plugins write into the caller's frontmatter object; keep that contract.
      result.metadata.frontmatter = Object.assign(job.frontmatter, result.metadata.frontmatter);
    }
    job.resolve(result);
  }

  function next(worker: PoolWorker): void {
    const job = queue.shift();
    if (job) {
      dispatch(worker, job);
    } else {
      worker.thread.unref();
      if (workers.every((w) => !w.job)) scheduleIdleStop();
    }
  }

  function dispatch(worker: PoolWorker, job: Job): void {
    clearTimeout(idleTimer);
    worker.job = job;
    // A busy worker keeps the process alive until its answer arrives.
    worker.thread.ref();
    worker.thread.postMessage(job.request);
  }

  function scheduleIdleStop(): void {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void stop(), idleMs);
    idleTimer.unref();
  }

  async function stop(): Promise<void> {
    clearTimeout(idleTimer);
    const stopping = workers;
    workers = [];
    localRenders = 0;
    await Promise.all(stopping.map((w) => w.thread.terminate()));
  }

  function runLocally(job: Job): void {
    const { content, fileURL } = job.request;
    local
      .render(content, {
        ...optionalFrontmatter(job.frontmatter),
        ...(fileURL ? { fileURL: new URL(fileURL) } : {}),
      })
      .then(job.resolve, job.reject);
    localRenders++;
    stats.inProcess++;
  }

  function render(content: string, opts?: MarkdownRenderOptions): Promise<MarkdownRenderResult> {
    return new Promise((resolve, reject) => {
      const request: RenderRequest = {
        id: nextId++,
        content,
        frontmatter: opts?.frontmatter,
        fileURL: opts?.fileURL?.href,
      };
      const job: Job = { request, frontmatter: opts?.frontmatter, resolve, reject };
      if (!broken && workers.length === 0 && localRenders >= startAfter) start();
      const idle = workers.find((w) => w.ready && !w.job);
      if (idle) {
        try {
          dispatch(idle, job);
        } catch {
          // The frontmatter holds something structured clone refuses.
          idle.job = undefined;
          next(idle);
          runLocally(job);
        }
      } else if (workers.some((w) => w.ready) || (startAfter === 0 && workers.length > 0)) {
        queue.push(job);
      } else {
        runLocally(job);
      }
    });
  }

  async function close(): Promise<void> {
    for (const job of queue.splice(0)) job.reject(new Error('Markdown renderer closed'));
    await stop();
  }

  return { render, close, stats: () => ({ ...stats }) };
}

function optionalFrontmatter(frontmatter: Record<string, unknown> | undefined) {
  return frontmatter === undefined ? {} : { frontmatter };
}
