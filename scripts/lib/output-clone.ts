/**
 * Output kept in place: the staging folder of a build holds hard links to the pages of the live
 * `dist/` that Astro's incremental cache can vouch for, so Astro skips every unchanged page
 * instead of copying it back out of its cache, writes only the pages that changed (as new files:
 * see `fresh-page-writes.mjs`), and the pages that no longer exist are pruned before the swap.
 * The live `dist/` shares inodes with the staging folder but is never written through.
 *
 * The staging folder is usually the output before the live one, taken back (`retired-output.ts`):
 * bringing it up to date touches only the files that differ, not every page of the archive.
 */
import { existsSync } from 'node:fs';
import { readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { syncLinks } from '../../src/lib/build/link-sync';

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
 * Makes `stagingDir` hold a link to each page of `outDir` that Astro's cache also holds, and
 * nothing else but the files `spare` keeps (folders another step of the build brings up to date
 * itself); returns the linked paths, relative to both folders, and what it took.
 */
export async function clonePages(
  outDir: string,
  stagingDir: string,
  cacheDir: string,
  spare: (path: string) => boolean,
): Promise<{ pages: string[]; linked: number; removed: number }> {
  const pages = await filesUnder(cachedPagesDir(cacheDir));
  const wanted = new Map(pages.map((page) => [page, join(outDir, page)]));
  const { present, linked, removed } = await syncLinks(stagingDir, wanted, { spare });
  return { pages: present, linked, removed };
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
