/**
 * Worker entry of `pooledUnified()`: builds the real `unified(options).createRenderer(shared)` and
 * serves one render request at a time. Node loads this file with its own type stripping (it is
 * never bundled), so it imports only packages and uses only erasable TypeScript.
 */
import { unified } from '@astrojs/markdown-remark';
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import type {
  PoolWorkerData,
  RenderReply,
  RenderRequest,
  WorkerError,
} from './pooled-unified-protocol';

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
const renderer = await unified(options).createRenderer(shared);

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

async function reply({ id, content, frontmatter, fileURL }: RenderRequest): Promise<void> {
  let answer: RenderReply;
  try {
    const result = await renderer.render(content, {
      ...(frontmatter === undefined ? {} : { frontmatter }),
      ...(fileURL === undefined ? {} : { fileURL: new URL(fileURL) }),
    });
    answer = { id, result };
  } catch (error) {
    answer = { id, error: serialisableError(error) };
  }
  try {
    port.postMessage(answer);
  } catch (error) {
    // The result held something structured clone refuses: the render fails rather than hangs.
    port.postMessage({ id, error: serialisableError(error) } satisfies RenderReply);
  }
}

port.on('message', (request: RenderRequest) => void reply(request));
port.postMessage({ ready: true });
