/**
 * Output kept in place: the staging folder of a build starts as a hard-link clone of the pages of
 * the live `dist/` that Astro's incremental cache can vouch for, so Astro skips every unchanged
 * page instead of copying it back out of its cache, writes only the pages that changed (as new
 * files: see `fresh-page-writes.mjs`), and the pages that no longer exist are pruned before the
 * swap. The live `dist/` shares inodes with the staging folder but is never written through.
 */
import { existsSync } from 'node:fs';
import { link, mkdir, readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import pLimit from 'p-limit';

/** Links made at once: enough to keep the file system's thread pool busy. */
const LINKS_IN_FLIGHT = 64;

/**
 * Where Astro's incremental build keeps a copy of every page of the last build, under its cache
 * folder: after a build it holds exactly that build's cacheable pages (Astro prunes the others).
 */
export const cachedPagesDir = (cacheDir: string): string => join(cacheDir, 'dist');

/** Every file under `dir`, relative to it; none when `dir` does not exist. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/**
 * Links into the empty `stagingDir` each page of `outDir` that Astro's cache also holds; returns
 * the linked paths, relative to both folders.
 */
export async function clonePages(
  outDir: string,
  stagingDir: string,
  cacheDir: string,
): Promise<string[]> {
  const pages = (await filesUnder(cachedPagesDir(cacheDir))).filter((page) =>
    existsSync(join(outDir, page)),
  );
  // Folders first (a recursive mkdir tolerates a parent made meanwhile by another), then links.
  const limit = pLimit(LINKS_IN_FLIGHT);
  const folders = new Set(pages.map((page) => dirname(join(stagingDir, page))));
  await Promise.all([...folders].map((folder) => limit(() => mkdir(folder, { recursive: true }))));
  await Promise.all(
    pages.map((page) => limit(() => link(join(outDir, page), join(stagingDir, page)))),
  );
  return pages;
}

/**
 * Removes from `stagingDir` the cloned pages the build no longer has (Astro dropped them from its
 * cache), and the folders they leave empty; returns how many pages it removed.
 */
export async function pruneStalePages(
  stagingDir: string,
  cacheDir: string,
  cloned: readonly string[],
): Promise<number> {
  const stale = cloned.filter((page) => !existsSync(join(cachedPagesDir(cacheDir), page)));
  for (const page of stale) {
    await rm(join(stagingDir, page), { force: true });
    // Up to the first folder that still holds something (rmdir refuses a non-empty one).
    for (let dir = dirname(page); dir !== '.'; dir = dirname(dir)) {
      if (
        !(await rmdir(join(stagingDir, dir)).then(
          () => true,
          () => false,
        ))
      )
        break;
    }
  }
  return stale.length;
}
