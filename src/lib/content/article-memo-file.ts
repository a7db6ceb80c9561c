/**
 * The article facts of the last build, on disk (I/O edge), so the next one parses only the files
 * that changed. Bodies are not stored: a body is the tail of its file, which is read anyway.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ArticleFacts, ArticleMemo } from './article-facts';

/** Facts as stored: the body as its offset in the file when it is the file's tail. */
type StoredFacts = Omit<ArticleFacts, 'validated'> & {
  validated: Omit<ArticleFacts['validated'], 'body'> & { body: string | number };
};

/** The facts stored at `file`, each with the file text it was computed from; empty when none. */
export async function loadArticleMemo(file: string): Promise<Map<string, StoredFacts>> {
  try {
    return deserialize(await readFile(file)) as Map<string, StoredFacts>;
  } catch {
    // Missing, or written by another Node version: computed again.
    return new Map();
  }
}

/** The stored facts for the current files, bodies restored from `sources` (key → file text). */
export function restoreArticleMemo(
  stored: ReadonlyMap<string, StoredFacts>,
  sources: ReadonlyMap<string, string>,
): ArticleMemo {
  const memo: ArticleMemo = new Map();
  for (const [key, source] of sources) {
    const facts = stored.get(key);
    if (!facts) continue;
    const { body } = facts.validated;
    memo.set(key, {
      ...facts,
      validated: { ...facts.validated, body: typeof body === 'number' ? source.slice(body) : body },
    });
  }
  return memo;
}

/** Writes the facts of the current files (`sources`: key → file text) to `file`. */
export async function saveArticleMemo(
  file: string,
  memo: ArticleMemo,
  sources: ReadonlyMap<string, string>,
): Promise<void> {
  const stored = new Map<string, StoredFacts>();
  for (const [key, source] of sources) {
    const facts = memo.get(key);
    if (!facts) continue;
    const { body } = facts.validated;
    stored.set(key, {
      ...facts,
      validated: {
        ...facts.validated,
        body: source.endsWith(body) ? source.length - body.length : body,
      },
    });
  }
  await mkdir(dirname(file), { recursive: true });
  // Renamed into place, so a build stopped mid-write leaves the previous memo whole.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, serialize(stored));
  await rename(temporary, file);
}
