/**
 * A pool of worker threads (Piscina) that render prerendered pages, each worker holding its own
 * copy of the built app. The build thread keeps what Astro shares between pages: it answers the
 * workers' image registrations and collects the source images they reference.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MessagePort } from 'node:worker_threads';
import type { PrerenderResult, RouteData } from 'astro';
import { installRenderScope, type RenderCollectors } from 'astro/app';
import { Piscina } from 'piscina';
import type {
  ImageBridgeOffer,
  ImageReply,
  ImageRequest,
  RenderResult,
  RenderTask,
  RenderWorkerData,
} from './protocol';

const workerEntry = new URL('./worker.ts', import.meta.url);

/** Astro's build-time image globals, as far as the pool uses them. */
interface AstroAssetGlobals {
  addStaticImage?: (options: unknown, hashProperties: unknown, originalFSPath?: string) => string;
  referencedImages?: Set<string>;
}

export interface RenderPoolOptions {
  /** What every worker needs to load the built app (see {@link RenderWorkerData}). */
  workerData: Omit<RenderWorkerData, 'staticImages'>;
  /** Worker threads. */
  workers: number;
  /** The routes of the built app, in the order the workers list theirs (`routeList`). */
  routes: readonly RouteData[];
}

export interface RenderPool {
  /** Renders a page in a worker; `undefined` for a route the workers do not know. */
  render(
    request: Request,
    options: { routeData: RouteData; collectMetadata?: boolean },
  ): Promise<PrerenderResult> | undefined;
  close(): Promise<void>;
}

function assetGlobals(): AstroAssetGlobals | undefined {
  return (globalThis as { astroAsset?: AstroAssetGlobals }).astroAsset;
}

/** Starts the workers; they load the app while the build thread goes on. */
export function createRenderPool({ workerData, workers, routes }: RenderPoolOptions): RenderPool {
  const positions = new Map(routes.map((route, i) => [route, i]));
  const addStaticImage = assetGlobals()?.addStaticImage;
  const bridges: MessagePort[] = [];
  const pool = new Piscina<RenderTask, RenderResult>({
    filename: workerEntry.href,
    minThreads: workers,
    maxThreads: workers,
    // Pages wait on each other's data only in memory: one page at a time keeps a worker busy.
    concurrentTasksPerWorker: 1,
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData: {
      ...workerData,
      staticImages: addStaticImage !== undefined,
    } satisfies RenderWorkerData,
  });
  pool.on('message', (message: unknown) => {
    if (addStaticImage && isBridgeOffer(message)) {
      bridges.push(message.rotativaImageBridge);
      serveImages(message, addStaticImage);
    }
  });

  return {
    render(request, { routeData, collectMetadata }) {
      const route = positions.get(routeData);
      if (route === undefined) return undefined;
      return pool
        .run({ url: request.url, method: request.method, route })
        .then((result) => toPrerenderResult(result, collectMetadata === true));
    },
    async close() {
      for (const port of bridges) port.close();
      await pool.destroy();
    },
  };
}

function toPrerenderResult(result: RenderResult, collectMetadata: boolean): PrerenderResult {
  const referenced = assetGlobals()?.referencedImages;
  for (const fsPath of result.referencedImages) referenced?.add(fsPath);
  const response = new Response(result.body, {
    status: result.status,
    statusText: result.statusText,
    headers: result.headers,
  });
  return collectMetadata ? { response, metadata: result.metadata } : { response };
}

function isBridgeOffer(message: unknown): message is ImageBridgeOffer {
  return typeof message === 'object' && message !== null && 'rotativaImageBridge' in message;
}

/**
 * Registers each image a worker's page asks for with Astro's own `addStaticImage` (so the
 * build's image pipeline generates it, named as in-process), inside a render scope that
 * catches the record Astro makes for the incremental build, and wakes the waiting worker.
 */
function serveImages(
  { rotativaImageBridge: port, signal }: ImageBridgeOffer,
  addStaticImage: NonNullable<AstroAssetGlobals['addStaticImage']>,
): void {
  const scope = installRenderScope(new AsyncLocalStorage<RenderCollectors>());
  port.on('message', ({ options, hashProperties, originalFSPath }: ImageRequest) => {
    let reply: ImageReply;
    try {
      const store: RenderCollectors = { staticImages: [] };
      const url = scope.run(store, () => addStaticImage(options, hashProperties, originalFSPath));
      reply = { url, images: store.staticImages ?? [] };
    } catch (error) {
      reply = { error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
  port.unref();
}
