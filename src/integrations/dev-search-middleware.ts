/**
 * Serves the search bundle under `astro dev`, so authors can try search while writing: the
 * integration indexes the dev content (cached shards make it quick after the first time) into a
 * folder of the cache, and this Connect middleware answers `/pagefind/…` from it once ready.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Content type of a bundle file; Pagefind's index files are binary. */
export function bundleContentType(path: string): string {
  const extension = /\.[a-z]+$/.exec(path)?.[0] ?? '';
  return TYPES[extension] ?? 'application/octet-stream';
}

/**
 * The file under `root` that `urlPath` (relative to the bundle's URL prefix) names, or
 * `undefined` when it names a folder or would leave `root`.
 */
export function bundleFile(root: string, urlPath: string): string | undefined {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '');
  const file = normalize(join(root, path));
  return file.startsWith(root + sep) && !path.endsWith('/') ? file : undefined;
}

/**
 * A middleware for `server.middlewares.use('/pagefind', …)`; `ready` resolves to the bundle
 * folder.
 */
export function devSearchMiddleware(ready: Promise<string>) {
  return (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
    void (async () => {
      const root = await ready;
      const file = bundleFile(root, request.url ?? '/');
      const body = file === undefined ? undefined : await readFile(file).catch(() => undefined);
      if (!file || !body) return next();
      response.setHeader('Content-Type', bundleContentType(file));
      response.setHeader('Cache-Control', 'no-store');
      response.end(body);
    })().catch(next);
  };
}
