/**
 * Gives each build its own `astro:asset-imports`, the module that maps the images named by the
 * content (covers, body images) to their imports. Astro writes it to
 * `<project>/.astro/content-assets.mjs`, one file for every build of the project, and a content
 * sync rewrites it only when an image reference changed. Its keys name the article file, so a
 * build of another content folder in between (a fixture, the benchmark) or at the same time
 * leaves the map of that other content, and a warm rebuild then fails on the first page showing
 * an image ("`Image`'s and `getImage`'s `src` parameter must be an imported image"). During a
 * build the module is made from this build's own data store, in its cache folder, by Astro's
 * own writer.
 */
import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The part of Astro's `MutableDataStore` (not a public API) used here. */
interface AstroDataStore {
  writeAssetImports(file: URL): Promise<void>;
}

interface DataStoreClass {
  fromFile(file: URL): Promise<AstroDataStore>;
  fromDir(
    dir: URL,
    chunkSize: number,
    logger: { warn(...args: unknown[]): void },
  ): Promise<AstroDataStore>;
}

export function rotativaContentAssets(): AstroIntegration {
  return {
    name: 'rotativa-content-assets',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        if (command !== 'build') return;
        const sharedFile = fileURLToPath(new URL('.astro/content-assets.mjs', config.root));
        const ownFile = new URL('content-assets.mjs', config.cacheDir);
        const require = createRequire(new URL('package.json', config.root));
        const storage = config.experimental.collectionStorage;
        const chunked = storage !== undefined && storage !== 'single-file';
        // Astro's module runner, which would serve `import()` here, is closed by the time Vite
        // loads modules; Node's `require` of an ES module is not.
        const loadDataStore = (): DataStoreClass =>
          (
            require(
              join(
                dirname(require.resolve('astro/package.json')),
                'dist/content/mutable-data-store.js',
              ),
            ) as { MutableDataStore: DataStoreClass }
          ).MutableDataStore;

        let code: Promise<string> | undefined;
        const ownCode = async (): Promise<string> => {
          const MutableDataStore = loadDataStore();
          const store = chunked
            ? await MutableDataStore.fromDir(new URL('data-store/', config.cacheDir), 0, {
                warn: (...args) => logger.warn(args.join(' ')),
              })
            : await MutableDataStore.fromFile(new URL('data-store.json', config.cacheDir));
          // The writer skips a file that exists and that it has not changed.
          await rm(ownFile, { force: true });
          await store.writeAssetImports(ownFile);
          return readFile(ownFile, 'utf8');
        };

        const plugin: Plugin = {
          name: 'rotativa-content-assets',
          enforce: 'pre',
          load(id) {
            return id === sharedFile ? (code ??= ownCode()) : undefined;
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
