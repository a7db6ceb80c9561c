/**
 * Brings a folder to hold exactly a given set of hard links, touching only what differs (I/O
 * edge). A build's output is mostly the same files as the last one: a target that already shares
 * its source's inode is left alone, so a rebuild pays a `stat` for an unchanged file instead of
 * an unlink and a link. Whatever the folder held before (a retired output, a half-written
 * staging folder), it ends as the same set of links, which is what makes reusing it safe.
 *
 * The walk and the `stat`s are synchronous: each takes microseconds, and a round trip through
 * libuv's thread pool per file cost far more than the call itself (docs/performance.md). The
 * calls that change the folder stay asynchronous, many in flight.
 */
import { lstatSync, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { copyFile, link, mkdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import pLimit from 'p-limit';

/** File-system calls in flight at once: enough to keep the thread pool busy. */
const IN_FLIGHT = 64;

/** What one {@link syncLinks} did. */
export interface LinkSyncResult {
  /** Targets whose source exists, now linked (relative to the folder). */
  present: string[];
  /** Targets that already shared their source's inode. */
  kept: number;
  /** Targets linked (or copied) now. */
  linked: number;
  /** Files removed: unwanted ones and targets replaced. */
  removed: number;
}

/** Options of {@link syncLinks}. */
export interface LinkSyncOptions {
  /** Files of the folder, relative to it, left in place though not wanted (another step owns them). */
  spare?: (path: string) => boolean;
}

/** Every file under `dir`, relative to it, and every folder (`'.'` for `dir`); none when absent. */
function walk(dir: string): { files: string[]; folders: Set<string> } {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    entries = [];
  }
  const files: string[] = [];
  const folders = new Set<string>(entries.length > 0 ? ['.'] : []);
  for (const entry of entries) {
    const path = relative(dir, join(entry.parentPath, entry.name));
    if (entry.isDirectory()) folders.add(path);
    else files.push(path);
  }
  return { files, folders };
}

const sameFile = (a: Stats | undefined, b: Stats | undefined): boolean =>
  a !== undefined && b !== undefined && a.ino === b.ino && a.dev === b.dev;

const statOrNothing = (path: string, how: typeof statSync): Stats | undefined =>
  how(path, { throwIfNoEntry: false });

/**
 * Removes each of `folders` and its parents while empty, stopping below `root`, as a fresh build
 * would not have them; returns the folders removed.
 */
async function removeEmptyFolders(root: string, folders: Iterable<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of folders) {
    for (let dir = folder; dir !== '.'; dir = dirname(dir)) {
      const gone = await rmdir(join(root, dir)).then(
        () => true,
        () => false,
      );
      if (!gone) break;
      removed.push(dir);
    }
  }
  return removed;
}

const foldersOf = (files: readonly string[]) => new Set(files.map((file) => dirname(file)));

/**
 * Makes `root` hold, at each key of `wanted` (a path relative to `root`), a hard link to the file
 * named by its value, and nothing else but the files `spare` keeps. A target whose source does
 * not exist is left out. Where a link cannot be made (another file system), the file is copied.
 */
export async function syncLinks(
  root: string,
  wanted: ReadonlyMap<string, string>,
  options: LinkSyncOptions = {},
): Promise<LinkSyncResult> {
  const limit = pLimit(IN_FLIGHT);
  const { files, folders } = walk(root);
  const existing = new Set(files);
  const unwanted = files.filter((file) => !wanted.has(file) && !options.spare?.(file));
  await Promise.all(unwanted.map((file) => limit(() => rm(join(root, file), { force: true }))));
  for (const folder of await removeEmptyFolders(root, foldersOf(unwanted))) folders.delete(folder);
  const present: string[] = [];
  const toLink: { path: string; source: string }[] = [];
  const replaced: string[] = [];
  let kept = 0;
  for (const [path, source] of wanted) {
    const from = statOrNothing(source, statSync);
    const to = existing.has(path) ? statOrNothing(join(root, path), lstatSync) : undefined;
    if (from !== undefined) present.push(path);
    if (sameFile(from, to)) kept++;
    else {
      if (to !== undefined) replaced.push(path);
      if (from !== undefined) toLink.push({ path, source });
    }
  }
  await Promise.all(replaced.map((path) => limit(() => rm(join(root, path), { force: true }))));
  // Folders before links, each once (a recursive mkdir tolerates a parent made meanwhile).
  const newFolders = new Set(
    toLink.map(({ path }) => dirname(path)).filter((folder) => !folders.has(folder)),
  );
  await Promise.all(
    [...newFolders].map((folder) => limit(() => mkdir(join(root, folder), { recursive: true }))),
  );
  await Promise.all(
    toLink.map(({ path, source }) =>
      limit(() =>
        link(source, join(root, path)).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
          await copyFile(source, join(root, path));
        }),
      ),
    ),
  );
  await removeEmptyFolders(root, foldersOf(replaced));
  present.sort();
  return { present, kept, linked: toLink.length, removed: unwanted.length + replaced.length };
}
