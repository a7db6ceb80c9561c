/**
 * The content layer's data store, read from its file when the built pages first ask for it.
 *
 * Astro inlines the store into the prerender bundle as one string literal
 * (`export default JSON.parse("…")`): the bundler carries the whole archive's front-matter
 * through its passes, and Node compiles that module before the first page renders, at a cost
 * that grows faster than the archive when the build's compile cache is on (docs/performance.md,
 * "The data store as a file"). The build renders on the machine that synced the store, so the
 * bundle can read the same file instead, and only `astro build` does: the dev server keeps
 * Astro's own module, which it reloads on every content change.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id Astro resolves `astro:data-layer-content` to (a Rollup virtual module). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** Where `astro build` keeps the store: `data-store.json` in the cache folder. */
export const dataStoreFile = (cacheDir: URL): string =>
  fileURLToPath(new URL('data-store.json', cacheDir));

/**
 * The module that replaces the inlined store (pure). Astro's loader swallows any error of this
 * import and renders an empty site, which the build would then publish: a store that cannot be
 * read stops the process instead.
 */
export function dataStoreModule(file: string): string {
  const path = JSON.stringify(file);
  return [
    `import { readFileSync } from 'node:fs';`,
    // A function's local, so the text is garbage once parsed (a module's own variable would
    // keep the whole archive's front-matter alive a second time, as text).
    `function read() {`,
    `  try {`,
    `    return readFileSync(${path}, 'utf8');`,
    `  } catch (error) {`,
    `    console.error(${JSON.stringify(`Archivio dei contenuti non leggibile: ${file}`)}, error);`,
    `    process.exit(1);`,
    `  }`,
    `}`,
    `export default JSON.parse(read());`,
  ].join('\n');
}

/** The Astro integration; register it in `astro.config.mjs` under `integrations`. */
export function rotativaDataStoreFile(): AstroIntegration {
  return {
    name: 'rotativa-data-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = dataStoreFile(config.cacheDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'rotativa:data-store-file',
                // Astro's own plugin loads the module first (it comes earlier among the `pre`
                // plugins); replacing its code before the bundler parses it is enough.
                transform(_code, id) {
                  // No store yet: Astro's own module (an empty map) stands.
                  if (id !== DATA_STORE_MODULE_ID || !existsSync(file)) return null;
                  // Marked as content data, as Astro marks its module, so that no page's
                  // incremental-build key depends on it.
                  return {
                    code: dataStoreModule(file),
                    map: { mappings: '' },
                    meta: { astroIncremental: { kind: 'content-data' } },
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
