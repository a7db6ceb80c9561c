/**
 * The I/O edge of content checks: finds and reads article and comment files the way the content
 * layer's globs do (`_`-prefixed files and folders are skipped).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import pLimit from 'p-limit';
import { isContentEntry, type SourceFile } from './source-file';

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Files read at once. A large archive has more files than a process may keep open (`ulimit -n`):
 * reading them all at once failed with EMFILE (docs/performance.md, "50,000 articles").
 */
const OPEN_FILES = 64;

async function listFiles(dir: string, extension: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith(extension) && isContentEntry(toPosix(name)))
    .sort();
}

async function readAll(dir: string, extension: string, cwd: string): Promise<SourceFile[]> {
  const names = await listFiles(dir, extension);
  const limit = pLimit(OPEN_FILES);
  return Promise.all(
    names.map((name) =>
      limit(async () => ({
        file: toPosix(relative(cwd, join(dir, name))),
        entry: toPosix(name),
        source: await readFile(join(dir, name), 'utf8'),
      })),
    ),
  );
}

/** Every article under `<contentDir>/articles`. */
export function readArticleSources(contentDir: string, cwd = process.cwd()): Promise<SourceFile[]> {
  return readAll(join(contentDir, 'articles'), '.md', cwd);
}

/** Every comment snapshot under `<contentDir>/comments`. */
export function readCommentSources(contentDir: string, cwd = process.cwd()): Promise<SourceFile[]> {
  return readAll(join(contentDir, 'comments'), '.json', cwd);
}
