import type { LoaderContext } from 'astro/loaders';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Under `astro dev`, runs `sync` again whenever a file in `folder` (relative to the project root)
 * is added, changed or removed. Syncs run one after the other; one that fails (a content problem)
 * is logged and the store keeps what the last good sync put there. Does nothing in a build.
 */
export function watchFolder(
  { watcher, logger, config }: LoaderContext,
  folder: string,
  sync: () => Promise<void>,
): void {
  if (!watcher) return;
  const root = resolve(fileURLToPath(config.root), folder);
  let queue = Promise.resolve();
  const onEvent = (path: string) => {
    if (!path.startsWith(root + sep)) return;
    queue = queue.then(sync).catch((error: unknown) => {
      logger.error(error instanceof Error ? error.message : String(error));
    });
  };
  watcher.add(root);
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
}
