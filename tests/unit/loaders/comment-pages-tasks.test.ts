/**
 * One discussion written as page records: the pages `paginateComments` cuts, each stored under
 * the discussion's key, readable back as the records the loaders built before.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commentPageRecords } from '@/lib/comments/page-record';
import { paginateComments } from '@/lib/comments/paginate';
import { buildCommentThread } from '@/lib/comments/thread';
import { readRecord, recordPath } from '@/lib/content/page-records';
import { writeCommentPages } from '@/loaders/comment-pages-tasks';
import type { Comment } from '@/schemas/comments';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function cacheDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'comment-pages-tasks-'));
  folders.push(folder);
  return folder;
}

/** `count` top-level comments long enough to take several pages, one reply each. */
function discussion(count: number): Comment[] {
  return Array.from({ length: count }, (_, i): Comment[] => [
    {
      id: `c${i}`,
      parent: null,
      author: `Lettrice ${i}`,
      date: new Date(Date.UTC(2020, 0, 1, 0, i)).toISOString(),
      body: `Commento ${i}: ${'parole & "virgolette" '.repeat(200)}`,
    },
    { id: `r${i}`, parent: `c${i}`, author: 'Redazione', body: `Risposta a ${i}.` },
  ]).flat();
}

describe('writeCommentPages', () => {
  it('writes every page of the discussion under its key and returns how many', async () => {
    const dir = cacheDir();
    const comments = discussion(120);
    const expected = commentPageRecords(paginateComments(buildCommentThread(comments)));
    expect(expected.length).toBeGreaterThan(1);

    const pages = await writeCommentPages({
      cacheDir: dir,
      threadKey: 'chiave',
      comments: JSON.stringify(comments),
    });

    expect(pages).toBe(expected.length);
    for (const record of expected) {
      expect(await readRecord(dir, 'comments', `chiave-${record.number}`)).toEqual(
        JSON.parse(JSON.stringify(record)),
      );
    }
    const folder = join(recordPath(dir, 'comments', 'chiave-1'), '..');
    expect(readdirSync(folder)).toHaveLength(expected.length);
  });

  it('writes one empty page for a discussion with nothing to show', async () => {
    const dir = cacheDir();
    const spam: Comment[] = [{ id: 's', parent: null, body: 'Compra!', status: 'spam' }];
    expect(
      await writeCommentPages({ cacheDir: dir, threadKey: 'k', comments: JSON.stringify(spam) }),
    ).toBe(1);
    expect((await readRecord(dir, 'comments', 'k-1')).entries).toEqual([]);
  });
});
