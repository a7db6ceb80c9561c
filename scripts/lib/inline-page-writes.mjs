// @ts-check
/**
 * Preloaded into the `astro build` process by `scripts/build.ts` (`node --import`), after
 * `fresh-page-writes.mjs`. Astro writes every page, and its copy in the incremental cache, with
 * `fs.promises.mkdir` and `fs.promises.writeFile` from its one rendering thread. Each of those
 * calls is several round trips to libuv's thread pool (open, write, close), which cost that
 * thread more than the write itself (docs/performance.md). Under the staging folder and the
 * cache folder they are done synchronously instead, and answered with a settled promise; any
 * other path, a streamed body or an abortable write takes the usual way.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const folders = [process.env.ROTATIVA_OUT_DIR, process.env.ROTATIVA_CACHE_DIR]
  .filter((dir) => dir !== undefined && dir !== '')
  .map((dir) => resolve(/** @type {string} */ (dir)) + sep);

/**
 * The absolute path `target` names when it lies in one of the build's folders.
 *
 * @param {unknown} target
 * @returns {string | undefined}
 */
function buildPath(target) {
  let path;
  if (typeof target === 'string') path = resolve(target);
  else if (target instanceof URL && target.protocol === 'file:') path = fileURLToPath(target);
  else return undefined;
  return folders.some((folder) => path.startsWith(folder)) ? path : undefined;
}

/**
 * Whether the synchronous call takes the same options (no abort signal).
 *
 * @param {unknown} options
 */
const plainOptions = (options) =>
  options === undefined ||
  options === null ||
  typeof options === 'string' ||
  (typeof options === 'object' && !('signal' in options));

/** @type {(work: () => unknown) => Promise<any>} */
function settled(work) {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(/** @type {Error} */ (error));
  }
}

const { writeFile, mkdir } = fs.promises;

fs.promises.writeFile = /** @type {typeof writeFile} */ (
  (target, data, options) => {
    const path = buildPath(target);
    const bytes = typeof data === 'string' || ArrayBuffer.isView(data);
    if (path === undefined || !bytes || !plainOptions(options))
      return writeFile(target, data, options);
    return settled(() =>
      fs.writeFileSync(path, data, /** @type {fs.WriteFileOptions | undefined} */ (options)),
    );
  }
);

fs.promises.mkdir = /** @type {typeof mkdir} */ (
  (target, options) => {
    const path = buildPath(target);
    if (path === undefined) return mkdir(target, options);
    return settled(() => fs.mkdirSync(path, options));
  }
);

// `import { writeFile } from 'node:fs/promises'` sees these functions too.
syncBuiltinESMExports();
