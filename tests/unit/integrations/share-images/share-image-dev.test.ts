import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  devShareImageMiddleware,
  requestedSlug,
} from '../../../../src/integrations/share-images/share-image-dev';
import { contentPass } from '../../../../src/loaders/content-pass';

const root = mkdtempSync(join(tmpdir(), 'rotativa-share-dev-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

write(
  'content/articles/bozza.md',
  '---\ntitle: Bozza in corso\ndate: 05 Luglio 2018\ndraft: true\n---\n\nTesto.\n',
);
write(
  'content/articles/con-copertina.md',
  '---\ntitle: Con copertina\ndate: 05 Luglio 2018\ncover:\n  src: ./images/foto.jpg\n  alt: Una foto\n---\n\nTesto.\n',
);
mkdirSync(join(root, 'content/articles/images'));
copyFileSync(
  join(import.meta.dirname, '../../../fixtures/sites/sample/articles/images/batteria-calore.jpg'),
  join(root, 'content/articles/images/foto.jpg'),
);
const contentDir = join(root, 'content');
const cacheRoot = join(root, 'cache');

/** What the middleware answered to `url`: a body, or `next` (nothing for it). */
async function ask(
  url: string,
): Promise<{ type?: string | undefined; body?: Buffer; next?: unknown }> {
  const middleware = devShareImageMiddleware({
    contentDir,
    cacheRoot,
    site: { name: 'Rotativa', timeZone: 'Europe/Rome' },
    loadRenderer: async () =>
      (await import('../../../../src/integrations/share-images/share-image-tasks')).drawCard,
  });
  return new Promise((resolve) => {
    const headers = new Map<string, string>();
    const response = {
      setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
      end: (body: Buffer) => resolve({ type: headers.get('content-type'), body }),
    } as unknown as ServerResponse;
    middleware({ url } as IncomingMessage, response, (error) => resolve({ next: error ?? true }));
  });
}

describe('requestedSlug', () => {
  it('reads the slug of /<slug>.png, with or without a query', () => {
    expect(requestedSlug('/il-5g.png')).toBe('il-5g');
    expect(requestedSlug('/il-5g.png?v=2')).toBe('il-5g');
  });

  it('names nothing for other files, folders or a broken escape', () => {
    expect(requestedSlug('/il-5g.jpg')).toBeUndefined();
    expect(requestedSlug('/a/b.png')).toBeUndefined();
    expect(requestedSlug('/')).toBeUndefined();
    expect(requestedSlug('/%E0%A4%A.png')).toBeUndefined();
  });
});

describe('devShareImageMiddleware', () => {
  it('draws a draft’s card on request into the build’s cache, then serves it from there', async () => {
    await contentPass(contentDir, { cwd: root, fresh: true });
    const first = await ask('/bozza.png');
    expect(first.type).toBe('image/png');
    const png = PNG.sync.read(first.body ?? Buffer.alloc(0));
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(readdirSync(cacheRoot).filter((name) => name.endsWith('.png'))).toHaveLength(1);

    const second = await ask('/bozza.png');
    expect(second.body?.equals(first.body ?? Buffer.alloc(0))).toBe(true);
    expect(readdirSync(cacheRoot)).toHaveLength(1);
  }, 60_000);

  it('draws a new card once the title changes', async () => {
    write(
      'content/articles/bozza.md',
      '---\ntitle: Bozza rivista\ndate: 05 Luglio 2018\ndraft: true\n---\n\nTesto.\n',
    );
    await contentPass(contentDir, { cwd: root, fresh: true });
    expect((await ask('/bozza.png')).type).toBe('image/png');
    expect(readdirSync(cacheRoot)).toHaveLength(2);
  }, 60_000);

  it('leaves unknown slugs and articles with a cover to the next handler', async () => {
    const { articles } = await contentPass(contentDir, { cwd: root, fresh: true });
    expect(articles.find((a) => a.slug === 'con-copertina')?.data?.cover).toBeDefined();
    expect(await ask('/nessuno.png')).toEqual({ next: true });
    expect(await ask('/con-copertina.png')).toEqual({ next: true });
    expect(await ask('/bozza.txt')).toEqual({ next: true });
  });
});
