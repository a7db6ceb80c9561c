import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFacts, factsKey, type ArticleMemo } from '@/lib/content/article-facts';
import {
  loadArticleMemo,
  restoreArticleMemo,
  saveArticleMemo,
} from '@/lib/content/article-memo-file';

const dir = mkdtempSync(join(tmpdir(), 'rotativa-memo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const source = {
  file: 'content/articles/xiaomi.md',
  entry: 'xiaomi.md',
  source: '---\ntitle: Xiaomi\ndate: 04 Luglio 2018 10:30\n---\nVedi [qui](/articoli/altro/).\n',
};

describe('the article memo on disk', () => {
  it('gives back the facts of the files still there, dates and bodies included', async () => {
    const memo: ArticleMemo = new Map();
    const facts = articleFacts(source, 'x.it', memo);
    const key = factsKey(source, 'x.it');
    const file = join(dir, 'memo.v8');
    await saveArticleMemo(file, memo, new Map([[key, source.source]]));
    const restored = restoreArticleMemo(await loadArticleMemo(file), new Map([[key, source.source]]));
    expect(restored.get(key)).toEqual(facts);
    expect(restored.get(key)?.validated.data?.date).toBeInstanceOf(Date);
    expect(restoreArticleMemo(await loadArticleMemo(file), new Map()).size).toBe(0);
  });

  it('starts empty from a missing or unreadable file', async () => {
    expect((await loadArticleMemo(join(dir, 'assente.v8'))).size).toBe(0);
    writeFileSync(join(dir, 'rotto.v8'), 'non è v8');
    expect((await loadArticleMemo(join(dir, 'rotto.v8'))).size).toBe(0);
  });
});
