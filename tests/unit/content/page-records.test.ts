import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommentPageRecord } from '@/lib/comments/page-record';
import {
  hasRecord,
  readRecord,
  recordPath,
  writeRecord,
  type BodyRecord,
} from '@/lib/content/page-records';

const BODY: BodyRecord = {
  html: '<p>Testo con «virgolette».</p>',
  headings: [{ depth: 2, slug: 'titolo', text: 'Titolo' }],
  imagePaths: ['./images/grafico.png'],
  readingTime: 1,
  wordCount: 3,
  excerpt: 'Testo con «virgolette».',
};

const EMPTY_PAGE: CommentPageRecord = {
  number: 1,
  total: 1,
  entries: [],
  numbers: {},
  ranges: [{ first: 0, last: 0 }],
};

const dirs: string[] = [];
const cacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'records-'));
  dirs.push(dir);
  return dir;
};

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('page records', () => {
  it('reads back what was written under a key, and knows which keys exist', async () => {
    const dir = cacheDir();
    expect(hasRecord(dir, 'bodies', 'abc')).toBe(false);
    await writeRecord(dir, 'bodies', 'abc', BODY);
    expect(hasRecord(dir, 'bodies', 'abc')).toBe(true);
    expect(hasRecord(dir, 'comments', 'abc')).toBe(false);
    expect(await readRecord(dir, 'bodies', 'abc')).toEqual(BODY);
  });

  it('leaves no temporary file behind, even when the same record is written twice at once', async () => {
    const dir = cacheDir();
    await Promise.all([
      writeRecord(dir, 'comments', 'k', EMPTY_PAGE),
      writeRecord(dir, 'comments', 'k', EMPTY_PAGE),
    ]);
    expect(readdirSync(join(recordPath(dir, 'comments', 'k'), '..'))).toEqual(['k.json']);
  });

  it('makes its folder again when it was removed after an earlier write', async () => {
    const dir = cacheDir();
    await writeRecord(dir, 'bodies', 'a', BODY);
    rmSync(join(dir, 'rotativa-pages'), { recursive: true });
    await writeRecord(dir, 'bodies', 'b', BODY);
    expect(await readRecord(dir, 'bodies', 'b')).toEqual(BODY);
  });
});
