/**
 * Worker entry of `pooledUnified()` (a Piscina task module): builds the renderer of
 * `unified(options)` (through `gfmWhenUsed`, as the main thread does) and renders one request per
 * task. Node loads this file with its own type stripping (it is never bundled), so it imports
 * packages and erasable TypeScript modules named with their extension.
 */
import { parentPort } from 'node:worker_threads';
import { workerData } from 'piscina';
import { register } from 'tsx/esm/api';
import type {
  PoolWorkerData,
  ReadyMessage,
  RenderReply,
  RenderRequest,
  WorkerError,
} from './pooled-unified-protocol';
import { gfmWhenUsed } from './gfm-when-used.ts';
import { withUntimedHighlighting } from './untimed-highlighting.ts';

if (!parentPort) throw new Error('pooled-unified-worker.ts runs only as a worker thread');
const port = parentPort;
const { optionsModule, exportName, shared } = workerData as PoolWorkerData;

// The plugin modules are TypeScript with extensionless imports, which only tsx resolves.
register();
const plugins = (await import(optionsModule)) as Record<string, unknown>;
const options = plugins[exportName];
if (!options || typeof options !== 'object') {
  throw new Error(`${optionsModule} does not export Markdown options named "${exportName}"`);
}
const renderer = await gfmWhenUsed(options, withUntimedHighlighting(shared));

/** The error as the main thread can rebuild it: message and stack, plus its cloneable fields. */
function serialisableError(error: unknown): WorkerError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    try {
      fields[key] = structuredClone(value);
    } catch {
      // A field that cannot cross threads (a function, a vfile) is left behind.
    }
  }
  return { name: error.name, message: error.message, stack: error.stack, fields };
}

/** Renders one request; a render that throws answers with its error (the worker is fine). */
export default async function render({
  content,
  frontmatter,
  fileURL,
}: RenderRequest): Promise<RenderReply> {
  try {
    const result = await renderer.render(content, {
      ...(frontmatter === undefined ? {} : { frontmatter }),
      ...(fileURL === undefined ? {} : { fileURL: new URL(fileURL) }),
    });
    // The result must cross threads: a plugin that left something structured clone refuses
    // fails its render rather than the worker.
    structuredClone(result);
    return { result };
  } catch (error) {
    return { error: serialisableError(error) };
  }
}

port.postMessage({ ready: true } satisfies ReadyMessage);
