/**
 * What crosses between the build thread and the render workers of `rotativa-prerenderer`. Only
 * structured-cloneable data: the built app, its routes and Astro's build internals stay on
 * their own side, and a route travels as its position in the app's manifest.
 */
import type { MessagePort } from 'node:worker_threads';
import type { PrerenderRenderMetadata } from 'astro';

/** A CSS asset of a page, as Astro's build internals keep it. */
export type PageStyle = Readonly<Record<string, unknown>>;

/** Given to every worker once. */
export interface RenderWorkerData {
  /** `file:` URL of the built prerender entry, the module Astro's own prerenderer imports. */
  entryUrl: string;
  /** Folder of the compile cache the build thread filled while loading that entry. */
  compileCache: string;
  /** Each page's styles, keyed as Astro keys its page data (route and component). */
  pageStyles: [
    key: string,
    styles: readonly { sheet: PageStyle; depth: number; order: number }[],
  ][];
  /** Scripts that integrations inline into every page's head. */
  inlineScripts: string[];
  /** Whether this build collects static images (Astro's `addStaticImage` exists). */
  staticImages: boolean;
}

/** One page to render. */
export interface RenderTask {
  url: string;
  method: string;
  /** Position of the route in the app manifest's routes, fallback routes following their route. */
  route: number;
}

/** A rendered page: the response, its body read to the end, and what the render touched. */
export interface RenderResult {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer> | null;
  /** Astro's incremental-build metadata, always collected (the worker cannot know Astro's cache). */
  metadata: PrerenderRenderMetadata;
  /** Source images that rendering referenced since the previous result of this worker. */
  referencedImages: string[];
}

/** First message of a worker: the channel on which it asks the build thread to register images. */
export interface ImageBridgeOffer {
  rotativaImageBridge: MessagePort;
  /** A one-slot Int32Array on shared memory: 1 once the answer is on the port. */
  signal: Int32Array;
}

/** The arguments of Astro's `addStaticImage(options, hashProperties, originalFSPath)`. */
export interface ImageRequest {
  options: unknown;
  hashProperties: unknown;
  originalFSPath: string | undefined;
}

/** Its result, and the static-image records it made for the incremental build. */
export type ImageReply =
  { url: string; images: PrerenderRenderMetadata['staticImages'] } | { error: string };
