/**
 * The built pages read the content layer's store from its file: the module gives what Astro's
 * inlined one gives, replaces only Astro's store module and only under `astro build`, and stops
 * the process when the file cannot be read instead of letting Astro render an empty site.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DATA_STORE_MODULE_ID,
  dataStoreFile,
  dataStoreModule,
  rotativaDataStoreFile,
} from '@/integrations/rotativa-data-store-file';

const folder = mkdtempSync(join(tmpdir(), 'rotativa-data-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A store as Astro writes it: devalue's flattened form, escapes included. */
const STORE = JSON.stringify([{ articles: 1 }, 'Perché l’IA è “ovunque”\n\\ anche qui']);

interface TransformHook {
  (code: string, id: string): { code: string; meta: unknown } | null;
}

/** The Vite plugins the integration adds for `command`, from its `astro:config:setup`. */
function pluginsFor(command: 'build' | 'dev', cacheDir: URL): { transform?: TransformHook }[] {
  const added: { transform?: TransformHook }[] = [];
  const setup = rotativaDataStoreFile().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    command,
    config: { cacheDir } as Parameters<
      NonNullable<AstroIntegration['hooks']['astro:config:setup']>
    >[0]['config'],
    updateConfig: (config: { vite: { plugins: { transform?: TransformHook }[] } }) =>
      added.push(...config.vite.plugins),
  });
  return added;
}

describe('rotativaDataStoreFile', () => {
  it('gives the store Astro would inline, read from its file', async () => {
    const store = join(folder, 'data-store.json');
    writeFileSync(store, STORE);
    const module = join(folder, 'store.mjs');
    writeFileSync(module, dataStoreModule(store));
    const { default: data } = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(data).toEqual(JSON.parse(STORE));
  });

  it('replaces Astro’s store module under astro build only, as content data', () => {
    const cacheDir = pathToFileURL(`${folder}/`);
    writeFileSync(dataStoreFile(cacheDir), STORE);
    const [plugin] = pluginsFor('build', cacheDir);
    const inlined = `export default JSON.parse(${JSON.stringify(STORE)})`;
    const replaced = plugin?.transform?.(inlined, DATA_STORE_MODULE_ID);
    expect(replaced?.code).toBe(dataStoreModule(join(folder, 'data-store.json')));
    expect(replaced?.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    expect(plugin?.transform?.('export default 1', '/src/pages/index.astro')).toBeNull();
    expect(pluginsFor('dev', cacheDir)).toEqual([]);
  });

  it('stops the process with an Italian message when the store cannot be read', () => {
    const missing = join(folder, 'manca', 'data-store.json');
    const result = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', dataStoreModule(missing)],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Archivio dei contenuti non leggibile: ${missing}`);
  });
});
