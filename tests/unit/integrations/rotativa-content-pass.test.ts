/**
 * The build's content pass starts when Astro's configuration is final, with the loaders' own
 * options, and only under `astro build`.
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rotativaContentPass } from '@/integrations/rotativa-content-pass';
import { contentPass, passOnceStarted } from '@/loaders/content-pass';

vi.mock('@/loaders/content-pass', async (original) => {
  const actual = await original<typeof import('@/loaders/content-pass')>();
  return { ...actual, contentPass: vi.fn(actual.contentPass) };
});

const folders: string[] = [];
const { send } = Object.getOwnPropertyDescriptors(process);
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  if (send) Object.defineProperty(process, 'send', send);
  else delete process.send;
});

/** A project holding a copy of the clean fixture's content, under a fresh folder. */
function project() {
  const folder = mkdtempSync(join(tmpdir(), 'content-pass-integration-'));
  folders.push(folder);
  cpSync('tests/fixtures/check/clean', join(folder, 'content'), { recursive: true });
  const config = {
    root: pathToFileURL(`${folder}/`),
    srcDir: new URL('../../../src/', import.meta.url),
    publicDir: pathToFileURL(`${folder}/public/`),
    cacheDir: pathToFileURL(`${folder}/cache/`),
    markdown: {
      processor: { name: 'prova', options: {}, createRenderer: () => Promise.reject(new Error()) },
    },
    image: {},
  } as unknown as AstroConfig;
  return { folder, config, contentDir: join(folder, 'content') };
}

type Hooks = Required<AstroIntegration['hooks']>;

/** Runs the integration's hooks as Astro would for `command`. */
async function configure(
  integration: AstroIntegration,
  command: string,
  config: AstroConfig,
): Promise<void> {
  const hooks = integration.hooks as Hooks;
  await (hooks['astro:config:setup'] as (options: { command: string }) => unknown)({ command });
  await (hooks['astro:config:done'] as (options: { config: AstroConfig }) => unknown)({ config });
}

describe('rotativaContentPass', () => {
  it('starts the pass at astro:config:done of a build, keeping its memo in the cache', async () => {
    process.send = vi.fn(() => true);
    const { folder, config, contentDir } = project();
    await configure(rotativaContentPass(contentDir), 'build', config);
    const [dir, options] = vi.mocked(contentPass).mock.calls[0] ?? [];
    expect(dir).toBe(contentDir);
    expect(options?.memoFile?.startsWith(join(folder, 'cache'))).toBe(true);
    const report = await passOnceStarted(contentDir);
    expect(report.articleCount).toBe(4);
    expect(report.problems).toEqual([]);
    expect(existsSync(join(folder, 'cache', 'rotativa-check'))).toBe(true);
  });

  it('leaves the dev server to its loaders', async () => {
    vi.mocked(contentPass).mockClear();
    const { config, contentDir } = project();
    await configure(rotativaContentPass(contentDir), 'dev', config);
    expect(contentPass).not.toHaveBeenCalled();
  });
});
