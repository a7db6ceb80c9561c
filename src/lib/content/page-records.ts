/**
 * What only an article's own pages show (its rendered body, its pages of comments), kept on disk
 * under the build's cache folder instead of in Astro's data store: the store is bundled into the
 * prerender chunk as one module, and what stays out of it costs nothing to bundle. Records are
 * content-addressed: a key names the exact input, so a record never goes stale and an unchanged
 * article is never rendered twice. This module is the I/O edge for them.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { CommentPageRecord } from '../comments/page-record';

/** An article body as the Markdown pipeline rendered it. */
export interface BodyRecord {
  html: string;
  /** Headings with their ids, for the table of contents. */
  headings: MarkdownHeading[];
  /** Images the body links, as written, resolved by Astro when the page renders. */
  imagePaths: string[];
  /** Minutes, for the byline. */
  readingTime: number;
  /** Words of the prose, for JSON-LD. */
  wordCount: number;
  /** The first paragraph as plain text, for cards and the meta description. */
  excerpt: string;
}

interface Kinds {
  bodies: BodyRecord;
  /** One page of an article's comments, rendered. */
  comments: CommentPageRecord;
}

let temporaryFiles = 0;

/** Folder of the records under the build's cache folder. */
const RECORDS_DIR = 'rotativa-pages';

/** The outcome of synchronous `work` as a settled promise, a throw as a rejection. */
function settled<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** Path of the record of `kind` under `key`. */
export function recordPath(cacheDir: string, kind: keyof Kinds, key: string): string {
  return join(cacheDir, RECORDS_DIR, kind, `${key}.json`);
}

/** Whether a record exists (one `stat`: unchanged articles are only checked, never read). */
export function hasRecord(cacheDir: string, kind: keyof Kinds, key: string): boolean {
  return existsSync(recordPath(cacheDir, kind, key));
}

/**
 * Writes a record through a temporary file and a rename, so a build stopped halfway never leaves
 * a truncated record under a valid key. Records are small and many: the calls are synchronous,
 * as each round trip to libuv's pool costs the calling thread more than the write
 * (docs/performance.md); the functions stay asynchronous for their callers.
 */
export function writeRecord<Kind extends keyof Kinds>(
  cacheDir: string,
  kind: Kind,
  key: string,
  record: Kinds[Kind],
): Promise<void> {
  return settled(() => writeRecordNow(cacheDir, kind, key, record));
}

function writeRecordNow<Kind extends keyof Kinds>(
  cacheDir: string,
  kind: Kind,
  key: string,
  record: Kinds[Kind],
): void {
  const path = recordPath(cacheDir, kind, key);
  // Worker threads write records too: each thread counts its own temporary files.
  const temporary = `${path}.${process.pid}-${threadId}-${temporaryFiles++}.tmp`;
  const text = JSON.stringify(record);
  // Thousands of records share a few folders: make one only when a write finds it missing.
  try {
    writeFileSync(temporary, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, text);
  }
  renameSync(temporary, path);
}

/** Reads a record written by {@link writeRecord}. */
export function readRecord<Kind extends keyof Kinds>(
  cacheDir: string,
  kind: Kind,
  key: string,
): Promise<Kinds[Kind]> {
  return settled(
    () => JSON.parse(readFileSync(recordPath(cacheDir, kind, key), 'utf8')) as Kinds[Kind],
  );
}
