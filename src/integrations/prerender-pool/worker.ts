/**
 * Render worker of `rotativa-prerenderer`: imports the built prerender entry, as Astro's default
 * prerenderer does in the build thread, and renders one request per task. Node loads this file
 * with its own type stripping (Piscina imports it, nothing bundles it): only erasable TypeScript,
 * relative imports with their extension.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { enableCompileCache } from 'node:module';
import { MessageChannel, parentPort, receiveMessageOnPort } from 'node:worker_threads';
import {
  getInstalledRenderScope,
  installRenderScope,
  recordStaticImage,
  renderForPrerender,
} from 'astro/app';
import type { RouteData } from 'astro';
import { workerData } from 'piscina';
import { routeList, type ManifestRoutes } from './routes.ts';
import type {
  ImageBridgeOffer,
  ImageReply,
  ImageRequest,
  RenderResult,
  RenderTask,
  RenderWorkerData,
} from './protocol.ts';

/** The methods of Astro's `BuildApp` that this worker uses. */
interface BuiltApp {
  manifest: ManifestRoutes;
  logger: { options: { destination: unknown } };
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
}

const data = workerData as RenderWorkerData;
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** Source images referenced since the last result: the build thread keeps their originals. */
let referencedSinceLastResult: string[] = [];

class ReportedSet extends Set<string> {
  override add(value: string): this {
    if (!this.has(value)) referencedSinceLastResult.push(value);
    return super.add(value);
  }
}

/**
 * Astro's `addStaticImage` lives in the build thread, where the image pipeline runs after the
 * pages: the worker asks it synchronously (the page's HTML needs the URL at once) and waits on
 * shared memory for the answer.
 */
function imageBridge(): (
  options: unknown,
  hashProperties: unknown,
  originalFSPath?: string,
) => string {
  if (!parentPort) throw new Error('worker.ts runs only as a worker thread');
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  parentPort.postMessage({ rotativaImageBridge: port2, signal } satisfies ImageBridgeOffer, [
    port2,
  ]);
  return (options, hashProperties, originalFSPath) => {
    Atomics.store(signal, 0, 0);
    port1.postMessage({
      options: plainCopy(options),
      hashProperties: plainCopy(hashProperties),
      originalFSPath,
    } satisfies ImageRequest);
    Atomics.wait(signal, 0, 0);
    const reply = receiveMessageOnPort(port1)?.message as ImageReply | undefined;
    if (!reply) throw new Error('the build thread did not answer an image registration');
    if ('error' in reply) throw new Error(reply.error);
    for (const image of reply.images) recordStaticImage(image);
    return reply.url;
  };
}

/** A copy without proxies (imported images are proxies, which structured clone refuses). */
function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value).map((key) => [key, plainCopy(Reflect.get(value, key))]),
  );
}

function installAssetGlobals(): void {
  const host = globalThis as { astroAsset?: Record<string, unknown> };
  host.astroAsset = {
    ...host.astroAsset,
    referencedImages: new ReportedSet(),
    recordReferencedImage: (fsPath: string) =>
      getInstalledRenderScope()?.getStore()?.referencedImages?.add(fsPath),
    ...(data.staticImages ? { addStaticImage: imageBridge() } : {}),
  };
}

installAssetGlobals();
installRenderScope(new AsyncLocalStorage());
enableCompileCache(data.compileCache);
const { app } = (await import(data.entryUrl)) as { app: BuiltApp };
// Of Astro's build internals and options, rendering reads only the pages' styles and the
// inline head scripts (`headElements` of the build environment).
app.setInternals({
  pagesByKeys: new Map(data.pageStyles.map(([key, styles]) => [key, { styles }])),
  entrySpecifierToBundleMap: new Map(),
});
app.setOptions({
  settings: { scripts: data.inlineScripts.map((content) => ({ stage: 'head-inline', content })) },
  logger: { options: { destination: app.logger.options.destination } },
});
const routes: RouteData[] = routeList(app.manifest);

/** Renders one page; a page that throws fails its task, and Astro's build names the page. */
export default async function render(task: RenderTask): Promise<RenderResult> {
  const routeData = routes[task.route];
  if (!routeData) throw new Error(`no route at position ${task.route} of the built manifest`);
  const request = new Request(task.url, { method: task.method });
  const { response, metadata } = await renderForPrerender(app as never, request, {
    routeData,
    collectMetadata: true,
  });
  const bytes =
    response.body === null || NULL_BODY_STATUSES.has(response.status)
      ? null
      : new Uint8Array(await response.arrayBuffer());
  const referencedImages = referencedSinceLastResult;
  referencedSinceLastResult = [];
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body: bytes,
    metadata: metadata ?? { contentEntryKeys: [], staticImages: [], referencedImages: [] },
    referencedImages,
  };
}
