/**
 * An `AstroPrerenderer` that wraps Astro's default one: the build thread loads the app and lists
 * the pages as Astro does, and a site with enough pages renders them on a pool of workers.
 */
import type { AstroPrerenderer, RouteData } from 'astro';
import { enableCompileCache, flushCompileCache } from 'node:module';
import { setImmediate as eventLoopTurn } from 'node:timers/promises';
import { createRenderPool, type RenderPool } from './pool';
import type { RenderWorkerData } from './protocol';
import { routeList, type ManifestRoutes } from './routes';

export interface PooledPrerendererOptions {
  /** Worker threads; 0 renders in the build thread, as Astro does. */
  workers: number;
  /**
   * Fewest pages worth starting workers for: each worker loads the whole built app and its
   * data before its first page.
   */
  minPages: number;
  /** The pages to render, of those Astro's prerenderer lists. */
  selectPages: <Path extends { pathname: string; route: RouteData }>(paths: Path[]) => Path[];
  /** `file:` URL of the built prerender entry, known once the prerender bundle is written. */
  entryUrl: () => string | undefined;
  /** Each page's styles, from Astro's build internals (see {@link RenderWorkerData}). */
  pageStyles: () => RenderWorkerData['pageStyles'];
  /**
   * Folder of V8's compile cache for the built app: the build thread compiles it first and
   * each worker starts from that code instead of compiling the bundle again.
   */
  compileCache: () => string;
  /** The configured image service (`image.service.entrypoint`), loaded. */
  loadImageService: () => unknown;
  /** Reports that the pages render on the workers. */
  onPool: (workers: number, pages: number) => void;
  /** Reports why the pages render in the build thread after all. */
  onInProcess: (reason: string) => void;
}

/** The app that Astro's default prerenderer exposes once set up (`DefaultPrerenderer.app`). */
interface DefaultApp {
  manifest: ManifestRoutes;
  getSettings(): { scripts: readonly { stage: string; content: string }[] };
}

export function pooledPrerenderer(
  base: AstroPrerenderer,
  options: PooledPrerendererOptions,
): AstroPrerenderer {
  let pool: RenderPool | undefined;

  function startPool(pages: number): RenderPool | undefined {
    if (options.workers < 1 || pages < options.minPages) return undefined;
    const app = (base as { app?: DefaultApp }).app;
    const entryUrl = options.entryUrl();
    if (!app || !entryUrl) {
      options.onInProcess('the built app was not found');
      return undefined;
    }
    const scripts = app.getSettings().scripts;
    if (scripts.some(({ stage }) => stage !== 'head-inline')) {
      // Page-stage scripts need Astro's client bundle map, which workers do not get.
      options.onInProcess('an integration injects page scripts');
      return undefined;
    }
    const workers = Math.min(options.workers, pages);
    options.onPool(workers, pages);
    flushCompileCache();
    return createRenderPool({
      workers,
      routes: routeList(app.manifest),
      workerData: {
        entryUrl,
        compileCache: options.compileCache(),
        pageStyles: options.pageStyles(),
        inlineScripts: scripts.map(({ content }) => content),
      },
    });
  }

  return {
    name: 'rotativa:pooled-prerenderer',
    async setup() {
      if (options.workers > 0) enableCompileCache(options.compileCache());
      await base.setup?.();
    },
    async getStaticPaths() {
      const paths = options.selectPages(await base.getStaticPaths());
      pool = startPool(paths.length);
      return paths;
    },
    async render(request, renderOptions: { routeData: RouteData; collectMetadata?: boolean }) {
      const pooled = pool?.render(request, renderOptions);
      if (pooled) return pooled;
      // A page in this thread reads and writes its files synchronously, so without a turn of the
      // event loop between pages nothing else of this thread runs until the last one: not the
      // end of the search indexer's process, nor the next share cards for their threads.
      await eventLoopTurn();
      return base.render(request, renderOptions);
    },
    collectStaticImages() {
      // The workers registered their images in this thread already. What they did not do here
      // is load the image service, which Astro's image generation then expects to find loaded.
      const assets = (globalThis as { astroAsset?: { imageService?: unknown } }).astroAsset;
      if (pool && assets && !assets.imageService) {
        assets.imageService = options.loadImageService();
      }
      return Promise.resolve(new Map());
    },
    async teardown() {
      await pool?.close();
      pool = undefined;
      await base.teardown?.();
    },
  };
}
