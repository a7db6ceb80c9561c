/**
 * The output a swap replaced, kept as the next build's staging folder: it is moved into the cache
 * folder (one rename), and the next build takes it back as its staging folder, where it already
 * holds nearly every file the new output needs (`output-clone.ts` brings it up to date). Only
 * older retired outputs, if any, are deleted, off the critical path.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

const retiredRoot = (cacheDir: string) => join(cacheDir, 'rotativa-retired-output');

/** Names of the retired outputs, oldest first (each starts with the time it was retired). */
async function retiredNames(cacheDir: string): Promise<string[]> {
  const names = await readdir(retiredRoot(cacheDir)).catch(() => []);
  const time = (name: string) => Number(name.split('-')[0]);
  return names.sort((a, b) => time(a) - time(b) || a.localeCompare(b));
}

/**
 * Moves `dir` (the replaced output) under `cacheDir`; deletes it at once where it cannot be moved
 * (the cache on another file system). Nothing happens when `dir` does not exist.
 */
export async function retireOutput(dir: string, cacheDir: string): Promise<void> {
  const root = retiredRoot(cacheDir);
  await mkdir(root, { recursive: true });
  const names = await retiredNames(cacheDir);
  const last = Number(names.at(-1)?.split('-')[0] ?? 0);
  // Later than every other, even within one millisecond: the newest is the one taken back.
  const name = `${Math.max(Date.now(), last + 1)}-${process.pid}`;
  await rename(dir, join(root, name)).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return;
    await rm(dir, { recursive: true, force: true });
  });
}

/**
 * Moves the newest retired output to `stagingDir` (which must not exist); returns whether there
 * was one.
 */
export async function adoptRetiredOutput(cacheDir: string, stagingDir: string): Promise<boolean> {
  const newest = (await retiredNames(cacheDir)).at(-1);
  if (newest === undefined) return false;
  await rename(join(retiredRoot(cacheDir), newest), stagingDir);
  return true;
}

/** Deletes the outputs earlier builds retired under `cacheDir`. */
export async function removeRetiredOutputs(cacheDir: string): Promise<void> {
  const root = retiredRoot(cacheDir);
  const retired = await readdir(root).catch(() => []);
  await Promise.all(retired.map((name) => rm(join(root, name), { recursive: true, force: true })));
}
