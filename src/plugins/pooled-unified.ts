import {
  type AstroMarkdownOptions,
  type MarkdownRenderer,
  type MarkdownRenderOptions,
  type MarkdownRenderResult,
  unified,
  type UnifiedProcessorOptions,
} from '@astrojs/markdown-remark';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type {
  PoolWorkerData,
  ReadyMessage,
  RenderReply,
  RenderRequest,
} from './pooled-unified-protocol';
import { gfmWhenUsed } from './gfm-when-used';
import { withUntimedHighlighting } from './untimed-highlighting';

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
   * ready). A worker costs dozens of articles' worth of CPU to start (tsx, the plugins, Shiki;
   * docs/performance.md), so small sites never pay it. 0 renders nothing in-process. Default 50.
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
  /**
   * Starts the workers now, for a caller that knows many renders are coming while this thread
   * is busy: until a worker is ready, renders wait for one instead of running in this thread.
   */
  warm(): void;
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
      // Highlighting must not depend on how busy the machine is; the workers add the same.
      const local = await gfmWhenUsed(base.options, withUntimedHighlighting(shared));
      const workerData = workerDataFor(pool, shared);
      if (!sameOptions(configured, base.options) || !workerData) {
        let inProcess = 0;
        return {
          render: (content, opts) => (inProcess++, local.render(content, opts)),
          close: async () => {},
          stats: () => ({ inProcess, inWorkers: 0 }),
          warm: () => {},
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
}

function createPooledRenderer(
  local: MarkdownRenderer,
  workerData: PoolWorkerData,
  pool: PoolOptions,
): PooledMarkdownRenderer {
  const size = pool.workers ?? Math.min(4, availableParallelism());
  const startAfter = pool.startAfter ?? 50;
  const idleMs = pool.idleMs ?? 2000;
  let workers: Piscina<RenderRequest, RenderReply> | undefined;
  let readyWorkers = 0;
  let localRenders = 0;
  let inFlight = 0;
  const stats = { inProcess: 0, inWorkers: 0 };
  let broken = false;
  let warmed = false;
  let idleTimer: NodeJS.Timeout | undefined;

  function start(): Piscina<RenderRequest, RenderReply> {
    const started = new Piscina<RenderRequest, RenderReply>({
      filename: workerEntry.href,
      minThreads: size,
      maxThreads: size,
      idleTimeout: Number.POSITIVE_INFINITY,
      workerData,
    });
    started.on('message', (message: ReadyMessage) => {
      if (started === workers && message.ready) readyWorkers++;
    });
    // A worker that fails takes its render down with it; the render is retried in-process.
    started.on('error', () => {});
    return started;
  }

  /** The workers failed, not the render: it runs in-process, and so do all renders after it. */
  function onFailure(job: Job, error: unknown): Promise<MarkdownRenderResult> {
    if (!broken && !(error instanceof Error && error.name === 'DataCloneError')) {
      broken = true;
      console.warn(
        `[pooled-unified] Markdown workers failed, rendering in-process: ${error instanceof Error ? error.message : String(error)}`,
      );
      void stop();
    }
    return runLocally(job);
  }

  function settle(job: Job, reply: RenderReply): MarkdownRenderResult {
    if (reply.error) {
      const { name, message, stack, fields } = reply.error;
      const error = Object.assign(new Error(message), fields);
      error.name = name;
      if (stack) error.stack = stack;
      throw error;
    }
    const { result } = reply;
    stats.inWorkers++;
    if (job.frontmatter) {
      // In-process, plugins write into the caller's frontmatter object; keep that contract.
      result.metadata.frontmatter = Object.assign(job.frontmatter, result.metadata.frontmatter);
    }
    return result;
  }

  async function runInWorkers(
    running: Piscina<RenderRequest, RenderReply>,
    job: Job,
  ): Promise<MarkdownRenderResult> {
    clearTimeout(idleTimer);
    inFlight++;
    try {
      let reply: RenderReply;
      try {
        reply = await running.run(job.request);
      } catch (error) {
        return await onFailure(job, error);
      }
      return settle(job, reply);
    } finally {
      if (--inFlight === 0) scheduleIdleStop();
    }
  }

  function scheduleIdleStop(): void {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void stop(), idleMs);
    idleTimer.unref();
  }

  async function stop(): Promise<void> {
    clearTimeout(idleTimer);
    const stopping = workers;
    workers = undefined;
    readyWorkers = 0;
    localRenders = 0;
    warmed = false;
    await stopping?.destroy();
  }

  function runLocally(job: Job): Promise<MarkdownRenderResult> {
    const { content, fileURL } = job.request;
    localRenders++;
    stats.inProcess++;
    return local.render(content, {
      ...optionalFrontmatter(job.frontmatter),
      ...(fileURL ? { fileURL: new URL(fileURL) } : {}),
    });
  }

  function render(content: string, opts?: MarkdownRenderOptions): Promise<MarkdownRenderResult> {
    const job: Job = {
      request: { content, frontmatter: opts?.frontmatter, fileURL: opts?.fileURL?.href },
      frontmatter: opts?.frontmatter,
    };
    if (!broken && !workers && localRenders >= startAfter) workers = start();
    // Until a worker has built its renderer, renders go on in-process (unless none may).
    if (workers && (readyWorkers > 0 || startAfter === 0 || warmed))
      return runInWorkers(workers, job);
    return runLocally(job);
  }

  function warm(): void {
    if (broken) return;
    warmed = true;
    workers ??= start();
  }

  async function close(): Promise<void> {
    await stop();
  }

  return { render, close, warm, stats: () => ({ ...stats }) };
}

function optionalFrontmatter(frontmatter: Record<string, unknown> | undefined) {
  return frontmatter === undefined ? {} : { frontmatter };
}
