/**
 * Discussions written on worker threads: the records are the bytes the loaders' thread writes,
 * a small sync never starts a worker, and a big one moves to the workers after the first ones.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus/corpus';
import { CORPUS_SHAPES } from '../../../bench/corpus/shapes';
import { commentPagesWriter, type CommentPagesOptions } from '@/loaders/comment-pages';
import type { CommentPagesTask } from '@/loaders/comment-pages-tasks';
import type { CommentSnapshot } from '@/schemas/comments';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function cacheDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'comment-pages-'));
  folders.push(folder);
  return folder;
}

/** The comment snapshots of a synthetic archive with heavy discussions, as JSON of their comments. */
function discussions(articles: number): string[] {
  return [
    ...generateCorpus({
      articles,
      seed: 42,
      timeZone: 'Europe/Rome',
      shape: CORPUS_SHAPES['flat-heavy'],
    }),
  ]
    .filter((file) => file.path.startsWith('comments/'))
    .map((file) => JSON.stringify((JSON.parse(file.text) as CommentSnapshot).comments));
}

/** Every record file under `dir`, by name, as bytes. */
function records(dir: string): Map<string, string> {
  const folder = join(dir, 'rotativa-pages', 'comments');
  return new Map(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  );
}

async function writeAll(comments: string[], options: CommentPagesOptions) {
  const dir = cacheDir();
  const writer = commentPagesWriter(options);
  try {
    const tasks = comments.map((text, i): CommentPagesTask => ({
      cacheDir: dir,
      threadKey: `discussione-${i}`,
      comments: text,
    }));
    const pages = await Promise.all(tasks.map((task) => writer.write(task)));
    return { dir, pages, stats: writer.stats() };
  } finally {
    await writer.close();
  }
}

describe('commentPagesWriter', () => {
  const comments = discussions(24);

  it('writes in the workers the same records as in this thread', async () => {
    const here = await writeAll(comments, { startAfter: Number.POSITIVE_INFINITY });
    const there = await writeAll(comments, { startAfter: 0, workers: 2 });

    expect(here.stats).toEqual({ inProcess: comments.length, inWorkers: 0 });
    expect(there.stats).toEqual({ inProcess: 0, inWorkers: comments.length });
    expect(there.pages).toEqual(here.pages);
    expect(records(there.dir)).toEqual(records(here.dir));
  });

  it('writes a small sync in this thread, and a big one in the workers after the first', async () => {
    const small = await writeAll(comments.slice(0, 5), { startAfter: 10, workers: 1 });
    expect(small.stats).toEqual({ inProcess: 5, inWorkers: 0 });

    const big = await writeAll(comments, { startAfter: 10, workers: 1 });
    expect(big.stats).toEqual({ inProcess: 10, inWorkers: comments.length - 10 });
  });
});
