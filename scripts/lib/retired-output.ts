/**
 * The output a swap replaced, deleted off the critical path: it is moved into the cache folder
 * (one rename) and deleted by the next build while Astro works, instead of making this build
 * wait for thousands of unlinks.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

const retiredRoot = (cacheDir: string) => join(cacheDir, 'rotativa-retired-output');

/**
 * Moves `dir` (the replaced output) under `cacheDir`; deletes it at once where it cannot be moved
 * (the cache on another file system). Nothing happens when `dir` does not exist.
 */
export async function retireOutput(dir: string, cacheDir: string): Promise<void> {
  const root = retiredRoot(cacheDir);
  await mkdir(root, { recursive: true });
  await rename(dir, join(root, `${Date.now()}-${process.pid}`)).catch(
    async (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return;
      await rm(dir, { recursive: true, force: true });
    },
  );
}

/** Deletes the outputs earlier builds retired under `cacheDir`. */
export async function removeRetiredOutputs(cacheDir: string): Promise<void> {
  const root = retiredRoot(cacheDir);
  const retired = await readdir(root).catch(() => []);
  await Promise.all(retired.map((name) => rm(join(root, name), { recursive: true, force: true })));
}
