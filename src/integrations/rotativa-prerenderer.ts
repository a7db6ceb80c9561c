/**
 * Renders the prerendered pages on every core: Astro's own prerenderer lists them, and a site
 * with enough pages renders them on a pool of worker threads (`prerender-pool/`). Settings:
 * `ROTATIVA_PRERENDER_WORKERS` (e.g. 2 on two cores; 0, the default, turns the pool off) and
 * `ROTATIVA_PRERENDER_MIN_PAGES`.
 * With the pool on, `build.concurrency` (pages Astro keeps in flight) becomes four per worker.
 */
import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { pooledPrerenderer, type PooledPrerendererOptions } from './prerender-pool/prerenderer';

type BuildPages = Parameters<
  NonNullable<AstroIntegration['hooks']['astro:build:setup']>
>[0]['pages'];

export interface RotativaPrerendererOptions {
  /**
   * Worker threads. Default 0 (off): each worker loads the whole built app before its first
   * page, which the parallel rendering earns back only on an otherwise idle core
   * (docs/performance.md, "Every core renders").
   */
  workers?: number;
  /** Sites with fewer pages render in the build thread. Default 500. */
  minPages?: number;
  /** The pages this build renders, of those Astro lists (a sharded build keeps its share). */
  selectPages?: PooledPrerendererOptions['selectPages'];
}

const envNumber = (name: string): number | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : Number(value);
};

export function rotativaPrerenderer(options: RotativaPrerendererOptions = {}): AstroIntegration {
  const workers = envNumber('ROTATIVA_PRERENDER_WORKERS') ?? options.workers ?? 0;
  const minPages = envNumber('ROTATIVA_PRERENDER_MIN_PAGES') ?? options.minPages ?? 500;
  let pages: BuildPages = new Map();
  let entryUrl: string | undefined;
  let loadImageService = (): unknown => undefined;
  let compileCache = '';

  /** Notes where the prerender bundle's entry was written: the workers import it. */
  const entryLocator: Plugin = {
    name: 'rotativa-prerenderer:entry',
    writeBundle(output, bundle) {
      if (this.environment.name !== 'prerender' || !output.dir) return;
      const entry = Object.values(bundle).find(
        (chunk) =>
          chunk.type === 'chunk' && chunk.isEntry && chunk.fileName.startsWith('prerender-entry'),
      );
      if (entry) entryUrl = pathToFileURL(join(output.dir, entry.fileName)).href;
    },
  };

  return {
    name: 'rotativa-prerenderer',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // Without the pool, pages render one at a time as before: their log lines stay whole.
        if (workers > 0) updateConfig({ build: { concurrency: workers * 4 } });
      },
      'astro:config:done': ({ config }) => {
        // Astro's module runner, which would serve `import()` here, is closed by then; Node's
        // `require` of an ES module is not.
        compileCache = fileURLToPath(new URL('rotativa-compile-cache/', config.cacheDir));
        const require = createRequire(new URL('package.json', config.root));
        loadImageService = () =>
          (require(config.image.service.entrypoint) as { default: unknown }).default;
      },
      'astro:build:setup': ({ target, pages: buildPages, updateConfig }) => {
        if (target !== 'server') return;
        pages = buildPages;
        updateConfig({ plugins: [entryLocator] });
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        setPrerenderer((base) =>
          pooledPrerenderer(base, {
            workers,
            minPages,
            selectPages: options.selectPages ?? ((paths) => paths),
            entryUrl: () => entryUrl,
            compileCache: () => compileCache,
            loadImageService: () => loadImageService(),
            pageStyles: () => [...pages].map(([key, page]) => [key, page.styles]),
            onPool: (count, pageCount) =>
              logger.info(`${pageCount} pagine su ${count} worker thread`),
            onInProcess: (reason) =>
              logger.warn(`pagine renderizzate nel thread principale: ${reason}`),
          }),
        );
      },
    },
  };
}
