/**
 * Reads and writes a shard's stamp (`shard-manifest.ts`), and computes the digests it carries:
 * of the content folder, and of the code that turns it into the site. Each file counts by its
 * path and its bytes.
 */
import { createHash, type Hash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Shard } from '../../src/lib/build/shard';
import {
  formatManifest,
  parseManifest,
  SHARD_MANIFEST,
  type ShardManifest,
  type StampedDir,
} from './shard-manifest';

/** What decides a build's output besides the content (dependencies by their lock file). */
const CODE_PATHS = [
  'src',
  'public',
  'scripts',
  'astro.config.mjs',
  'package-lock.json',
  'tsconfig.json',
];

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOTDIR') return undefined;
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  if (entries === undefined) return [path];
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

async function addFiles(hash: Hash, root: string, paths: readonly string[]): Promise<void> {
  const files = (await Promise.all(paths.map((path) => filesUnder(join(root, path))))).flat();
  const named = files.map((file) => [relative(root, file).split(sep).join('/'), file] as const);
  named.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, file] of named) {
    const bytes = await readFile(file);
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
}

/** Digest of every file under `dir`. */
export async function contentDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  await addFiles(hash, dir, ['.']);
  return hash.digest('hex');
}

/**
 * Digest of the site's code in the project at `root`: every file of the folders, not the import
 * closure `src/loaders/code-digest.ts` follows, since templates, styles and `public/` shape the
 * pages too.
 */
export async function siteCodeDigest(root: string): Promise<string> {
  const hash = createHash('sha256');
  await addFiles(hash, root, CODE_PATHS);
  return hash.digest('hex');
}

/** The stamp of a shard built now from `contentDir` with the code of the project at `root`. */
export async function shardManifest(
  shard: Shard,
  contentDir: string,
  root: string,
  now: Date,
): Promise<ShardManifest> {
  const [content, code] = await Promise.all([contentDigest(contentDir), siteCodeDigest(root)]);
  return { shard, content, code, now: now.toISOString() };
}

/**
 * Stamps a shard's output folder. The file may be a link into an older output that the folder
 * was made from: it is replaced, never written through.
 */
export async function writeShardManifest(dir: string, manifest: ShardManifest): Promise<void> {
  const file = join(dir, SHARD_MANIFEST);
  await rm(file, { force: true });
  await writeFile(file, formatManifest(manifest));
}

/** The stamp of the output folder `dir`, as given on the command line. */
export async function readShardManifest(dir: string): Promise<StampedDir> {
  const text = await readFile(join(dir, SHARD_MANIFEST), 'utf8').catch(() => undefined);
  return { dir, manifest: text === undefined ? undefined : parseManifest(text) };
}
