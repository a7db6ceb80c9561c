/**
 * Plans the merge of shard outputs into one site (I/O edge): which file each path of the merged
 * site comes from, and which paths two shards both wrote with different bytes. Files every shard
 * writes alike (`_astro/`, `public/`) are compared, not trusted.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import pLimit from 'p-limit';

/** Files read at once while comparing. */
const IN_FLIGHT = 16;

export interface MergePlan {
  /** Path in the merged site → the shard file it links to. */
  sources: Map<string, string>;
  /** Paths written by more than one shard with different bytes, in Italian, one line each. */
  conflicts: string[];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([stat(a), stat(b)]);
  if (left.size !== right.size) return false;
  if (left.ino === right.ino && left.dev === right.dev) return true;
  const [x, y] = await Promise.all([readFile(a), readFile(b)]);
  return x.equals(y);
}

/** Every file of `dirs` but those `skip` names, the first shard's copy of each shared path. */
export async function planMerge(
  dirs: readonly string[],
  skip: (path: string) => boolean,
): Promise<MergePlan> {
  const sources = new Map<string, string>();
  const owners = new Map<string, string>();
  const shared: { path: string; dir: string }[] = [];
  for (const dir of dirs) {
    for (const path of await filesUnder(dir)) {
      if (skip(path)) continue;
      if (sources.has(path)) shared.push({ path, dir });
      else {
        sources.set(path, join(dir, path));
        owners.set(path, dir);
      }
    }
  }
  const limit = pLimit(IN_FLIGHT);
  const differing = await Promise.all(
    shared.map(({ path, dir }) =>
      limit(async () =>
        (await sameBytes(sources.get(path) ?? '', join(dir, path)))
          ? []
          : [`${path}: diverso in ${owners.get(path) ?? '?'} e in ${dir}`],
      ),
    ),
  );
  return { sources, conflicts: differing.flat() };
}
