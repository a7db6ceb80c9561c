/**
 * Share images under `astro dev`: article pages link `/condivisione/<slug>.png` as in the build,
 * so an author checking a page's preview card gets it drawn on request, by the build's drawing
 * function into the build's cache folder (the next build reuses it). Drafts and scheduled
 * articles, which `astro dev` shows, get their card too.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { contentPass } from '../../loaders/content-pass';
import type { ShareCardInput } from '../../lib/share-image/share-card';
import { shareCardInput, type ShareSite } from '../../lib/share-image/share-inputs';
import { drawingDigest, shareImageFile } from './share-image-run';

/**
 * The article slug a request names (`/<slug>.png`, relative to the images' folder), or
 * `undefined` when it names anything else.
 */
export function requestedSlug(urlPath: string): string | undefined {
  const name = /^\/([^/?#]+)\.png(?:[?#].*)?$/.exec(urlPath)?.[1];
  if (name === undefined) return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return undefined;
  }
}

/**
 * The build's drawing function (`drawCard` of `share-image-tasks.ts`): the card `input` into
 * `file`, whole or not at all, and its bytes.
 */
export type ShareRenderer = (input: ShareCardInput, file: string) => Promise<Buffer>;

/** Options of {@link devShareImageMiddleware}. */
export interface DevShareImagesOptions {
  contentDir: string;
  /** The build's folder of cached cards. */
  cacheRoot: string;
  site: ShareSite;
  /** Loads the drawing function, on the first card asked for. */
  loadRenderer: () => Promise<ShareRenderer>;
}

/** A middleware for `server.middlewares.use('/condivisione', …)`. */
export function devShareImageMiddleware(options: DevShareImagesOptions) {
  const { contentDir, cacheRoot, site } = options;
  // Two requests for a card not yet drawn share one drawing.
  const drawing = new Map<string, Promise<Buffer>>();
  const drawOnce = (input: ShareCardInput, file: string): Promise<Buffer> => {
    let png = drawing.get(file);
    if (png === undefined) {
      png = options
        .loadRenderer()
        .then(async (draw) => {
          await mkdir(dirname(file), { recursive: true });
          return draw(input, file);
        })
        .finally(() => drawing.delete(file));
      drawing.set(file, png);
    }
    return png;
  };
  return (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
    void (async () => {
      const slug = requestedSlug(request.url ?? '/');
      if (slug === undefined) return next();
      // The pass the content loaders keep current as files change.
      const { articles } = await contentPass(contentDir);
      const data = articles.find((article) => article.slug === slug)?.data;
      if (data === undefined || data.cover !== undefined) return next();
      const input = shareCardInput(data, site);
      const file = shareImageFile(cacheRoot, input, await drawingDigest());
      const body = existsSync(file) ? await readFile(file) : await drawOnce(input, file);
      response.setHeader('Content-Type', 'image/png');
      response.setHeader('Cache-Control', 'no-store');
      response.end(body);
    })().catch(next);
  };
}
