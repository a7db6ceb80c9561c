/**
 * Gives each build its own `astro:asset-imports`, the module that maps the images named by the
 * content (covers, body images) to their imports, and its own `astro:content-module-imports`.
 * Astro's content sync writes them to `<project>/.astro/`, one file each for every build of the
 * project, rewritten only when a reference changed. The image map's keys name the article file,
 * so a build of another content folder in between (a fixture, the benchmark) leaves the map of
 * that other content, and a warm rebuild then fails on the first page showing an image
 * ("`Image`'s and `getImage`'s `src` parameter must be an imported image"); two builds syncing
 * at once race on the writer's one temporary file, and one of them fails. During a build,
 * Astro's own writers put the maps in this build's cache folder instead, and the bundle reads
 * them from there.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

type Writer = (this: unknown, file: URL | string) => Promise<void>;

/** The part of Astro's `MutableDataStore` (not a public API) used here. */
interface DataStoreClass {
  prototype: Record<WriterName, Writer>;
}

type WriterName = 'writeAssetImports' | 'writeModuleImports';

const WRITERS: Record<string, WriterName> = {
  'content-assets.mjs': 'writeAssetImports',
  'content-modules.mjs': 'writeModuleImports',
};

/** Makes `file` exist without touching it if it does, whatever another build does meanwhile. */
function ensureFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, 'export default new Map();\n', { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

export function rotativaContentAssets(): AstroIntegration {
  return {
    name: 'rotativa-content-assets',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        // The same module instance as the content layer's: Node's `require` of an ES module
        // shares the module map with `import`.
        const require = createRequire(new URL('package.json', config.root));
        const { MutableDataStore } = require(
          join(
            dirname(require.resolve('astro/package.json')),
            'dist/content/mutable-data-store.js',
          ),
        ) as { MutableDataStore: DataStoreClass };

        const ownFiles = new Map<string, URL>();
        for (const [name, writer] of Object.entries(WRITERS)) {
          const sharedFile = fileURLToPath(new URL(`.astro/${name}`, config.root));
          const ownFile = new URL(name, config.cacheDir);
          ownFiles.set(sharedFile, ownFile);
          const write = MutableDataStore.prototype[writer];
          MutableDataStore.prototype[writer] = function (file) {
            const path = typeof file === 'string' ? file : fileURLToPath(file);
            return write.call(this, path === sharedFile ? ownFile : file);
          };
          // Astro's plugin, which resolves before this one, names the shared file only if it
          // exists (else an empty map of its own), so it must exist; its text is never read.
          ensureFile(sharedFile);
        }

        const plugin: Plugin = {
          name: 'rotativa-content-assets',
          enforce: 'pre',
          load(id) {
            const ownFile = ownFiles.get(id);
            return ownFile && readFile(ownFile, 'utf8');
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
