import type { RouteData } from 'astro';
import { recordStaticImage } from 'astro/app';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRenderPool, type RenderPool } from '@/integrations/prerender-pool/pool';
import { routeList, type ManifestRoutes } from '@/integrations/prerender-pool/routes';
import { app } from '../../../fixtures/prerender-pool/entry.mjs';

const entryUrl = new URL('../../../fixtures/prerender-pool/entry.mjs', import.meta.url).href;
const routes = routeList(app.manifest as unknown as ManifestRoutes);
const routeData = (path: string): RouteData => {
  const found = routes.find((route) => route.route === path);
  if (!found) throw new Error(path);
  return found;
};
const render = (path: string, collectMetadata = true) =>
  pool.render(new Request(`http://localhost${path}/`), {
    routeData: routeData(path),
    collectMetadata,
  });

const compileCache = mkdtempSync(join(tmpdir(), 'rotativa-compile-cache-'));
const registered: unknown[] = [];
const referencedImages = new Set<string>();
let pool: RenderPool;

beforeAll(() => {
  // Astro's build thread registers static images through this global.
  Object.assign(globalThis, {
    astroAsset: {
      referencedImages,
      addStaticImage(options: unknown, _hashProperties: unknown, originalSrcPath: string) {
        registered.push(options);
        const image = { originalPath: '/grafico.png', hash: 'h1', finalPath: '/_astro/g.h1.webp' };
        recordStaticImage({ ...image, originalSrcPath, transform: options as never });
        return image.finalPath;
      },
    },
  });
  pool = createRenderPool({
    workers: 2,
    routes,
    workerData: {
      entryUrl,
      compileCache,
      pageStyles: [
        [
          '/pagina&src/pages/pagina.astro',
          [{ depth: 0, order: 0, sheet: { type: 'inline', content: 'p{}' } }],
        ],
      ],
      inlineScripts: ['console.log(1)'],
    },
  });
});

afterAll(async () => {
  await pool.close();
  Reflect.deleteProperty(globalThis, 'astroAsset');
  rmSync(compileCache, { recursive: true, force: true });
});

// Workers load astro/app first, which takes seconds on a busy machine.
describe('createRenderPool', { timeout: 60_000 }, () => {
  it('renders a page in a worker with its status, headers and bytes', async () => {
    const result = await render('/pagina');
    expect(result?.response.status).toBe(200);
    expect(result?.response.headers.get('x-prova')).toBe('sì');
    expect(await result?.response.text()).toBe('<p>Città è già più “bella”</p>');
    expect(result?.metadata).toEqual({
      contentEntryKeys: [],
      staticImages: [],
      referencedImages: [],
    });
  });

  it('returns metadata only when Astro collects it', async () => {
    expect((await render('/pagina', false))?.metadata).toBeUndefined();
  });

  it('gives the workers the page styles and inline scripts of the build', async () => {
    const result = await render('/interni');
    expect(JSON.parse((await result?.response.text()) ?? '')).toEqual({
      styles: [
        [
          '/pagina&src/pages/pagina.astro',
          [{ depth: 0, order: 0, sheet: { type: 'inline', content: 'p{}' } }],
        ],
      ],
      scripts: [{ stage: 'head-inline', content: 'console.log(1)' }],
    });
  });

  it('keeps empty bodies and redirects as they are', async () => {
    const empty = await render('/vuota');
    expect(empty?.response.status).toBe(204);
    expect(empty?.response.body).toBeNull();
    const redirect = await render('/rinvio');
    expect(redirect?.response.status).toBe(301);
    expect(redirect?.response.headers.get('location')).toBe('/pagina/');
  });

  it('registers images with the build thread and reports them in the metadata', async () => {
    const result = await render('/immagine');
    expect(await result?.response.text()).toBe('<img src="/_astro/g.h1.webp">');
    expect(registered).toContainEqual({ src: { src: '/grafico.png', width: 10 }, width: 5 });
    expect(result?.metadata?.staticImages).toEqual([
      expect.objectContaining({ hash: 'h1', originalSrcPath: '/abs/grafico.png' }),
    ]);
    expect(referencedImages).toContain('/abs/originale.png');
  });

  it('fails the render of a page that throws, with its error, and goes on', async () => {
    await expect(render('/rotta')).rejects.toThrow('la pagina è rotta');
    expect((await render('/pagina'))?.response.status).toBe(200);
  });

  it('leaves a route the workers do not know to the caller', () => {
    const unknown = { ...routeData('/pagina') };
    expect(pool.render(new Request('http://localhost/x/'), { routeData: unknown })).toBeUndefined();
  });
});
