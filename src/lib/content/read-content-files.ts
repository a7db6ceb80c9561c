/**
 * The I/O edge of content checks: finds and reads article and comment files the way the content
 * layer's globs do (`_`-prefixed files and folders are skipped).
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { isContentEntry, type SourceFile } from './source-file';

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Files read between two turns of the event loop. Reads are synchronous: through libuv's pool,
 * each small file cost an open, a stat, a read and a close, each a round trip to the pool, five
 * times the CPU of reading it here (docs/performance.md). The turns let the rest of the process
 * (Vite starting beside the content pass) go on.
 */
const FILES_PER_TURN = 200;

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
  const files: SourceFile[] = [];
  for (const [index, name] of names.entries()) {
    if (index > 0 && index % FILES_PER_TURN === 0) await turn();
    files.push({
      file: toPosix(relative(cwd, join(dir, name))),
      entry: toPosix(name),
      source: readFileSync(join(dir, name), 'utf8'),
    });
  }
  return files;
}

/** Every article under `<contentDir>/articles`. */
export function readArticleSources(contentDir: string, cwd = process.cwd()): Promise<SourceFile[]> {
  return readAll(join(contentDir, 'articles'), '.md', cwd);
}

/** Every comment snapshot under `<contentDir>/comments`. */
export function readCommentSources(contentDir: string, cwd = process.cwd()): Promise<SourceFile[]> {
  return readAll(join(contentDir, 'comments'), '.json', cwd);
}
