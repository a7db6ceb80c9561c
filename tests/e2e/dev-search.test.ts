/**
 * Search under `astro dev`: the integration indexes the dev content and serves the bundle, so
 * an author finds an article while writing (a fixture site, on its own port and cache). The same
 * dev server also draws the share image an article page links.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { article, PROJECT_ROOT, writeFixture } from '../helpers/build-site';
import { freePort } from './helpers/free-port';

let root = '';
let dev: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';

beforeAll(async () => {
  root = writeFixture({
    'articles/sodio-in-cantina.md': article(
      { title: 'Sodio in cantina', date: '2024-05-02', category: 'Scienza' },
      'Una batteria al sodio accanto alla caldaia.',
    ),
    'articles/un-vecchio-telefono.md': article(
      { title: 'Un vecchio telefono', date: '2019-07-04', category: 'Smartphone' },
      'Uno schermo da quattro pollici e una tastiera fisica.',
    ),
  });
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  dev = spawn(
    join(PROJECT_ROOT, 'node_modules/.bin/astro'),
    ['dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: PROJECT_ROOT,
      env: {
        // Without the test runner's variables (`NODE_ENV=test`, `VITEST`…), which Astro and Vite
        // read as a test run rather than a dev server.
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
          ),
        ),
        ROTATIVA_CONTENT_DIR: join(root, 'content'),
        ROTATIVA_CACHE_DIR: join(root, '.cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // Ready once the dev server says both that it listens and that the index is served (in
  // either order: a small index can be ready before Vite listens).
  await new Promise<void>((resolve, reject) => {
    let log = '';
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('indice di ricerca per l’anteprima') && log.includes(url)) resolve();
    };
    dev?.stdout?.on('data', read);
    dev?.stderr?.on('data', read);
    dev?.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${log}`)));
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  dev?.kill('SIGTERM');
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('search under astro dev', () => {
  // Astro may restart its Vite server once after the first content sync (answering 404 in the
  // meantime), and Vite compiles the page on its first request: the page is asked for until it
  // is served, then opened, with room for a loaded machine.
  it('finds an article of the dev content', { timeout: 300_000 }, async () => {
    await expect
      .poll(async () => (await fetch(`${url}/cerca/`)).status, { timeout: 240_000 })
      .toBe(200);
    const page = await browser!.newPage();
    await page.goto(`${url}/cerca/?q=batterie`, { timeout: 240_000 });
    const titles = page.locator('.search-result__title');
    await expect.poll(() => titles.count(), { timeout: 240_000 }).toBe(1);
    expect(await titles.textContent()).toBe('Sodio in cantina');
    await page.close();
  });

  it('serves the list of the older shards the page fetches when it reaches them', async () => {
    const response = await fetch(`${url}/pagefind/anni.json`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual([
      { path: '/pagefind/anni/2019/', from: '2019-07', articles: 1 },
    ]);
  });
});

describe('share images under astro dev', () => {
  it('serves the card an article page links as og:image', { timeout: 300_000 }, async () => {
    const page = await fetch(`${url}/articoli/sodio-in-cantina/`);
    expect(page.status).toBe(200);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(await page.text())?.[1];
    expect(image).toBeDefined();
    const response = await fetch(`${url}${new URL(image ?? '').pathname}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
