import { describe, expect, it } from 'vitest';
import {
  articleFacts,
  articleFactsInTurn,
  factsKey,
  linesBeforeBody,
  type ArticleMemo,
} from '@/lib/content/article-facts';

const file = (body: string) => ({
  file: 'content/articles/xiaomi.md',
  entry: 'xiaomi.md',
  source: ['---', 'title: Xiaomi', 'date: 04 Luglio 2018', '---', body].join('\n'),
});

describe('articleFacts', () => {
  it('finds the body’s links at their file lines', () => {
    const { validated, references } = articleFacts(file('Vedi [qui](/articoli/altro/).'), 'x.it');
    expect(validated.data?.title).toBe('Xiaomi');
    expect(references.map((r) => [r.url, r.line])).toEqual([['/articoli/altro/', 5]]);
  });

  it('reuses the facts of an unchanged file and computes those of a changed one', () => {
    const memo: ArticleMemo = new Map();
    const first = articleFacts(file('Uno.'), 'x.it', memo);
    expect(articleFacts(file('Uno.'), 'x.it', memo)).toBe(first);
    expect(articleFacts(file('Due.'), 'x.it', memo)).not.toBe(first);
    expect(memo.size).toBe(2);
  });

  it('keys the facts by the file, its path and the site host', () => {
    const key = factsKey(file('Uno.'), 'x.it');
    expect(factsKey(file('Uno.'), 'y.it')).not.toBe(key);
    expect(factsKey({ ...file('Uno.'), entry: 'altro.md' }, 'x.it')).not.toBe(key);
  });
});

describe('articleFactsInTurn', () => {
  it('tells each file’s facts in order, letting other work run between files', async () => {
    const files = Array.from({ length: 60 }, (_, n) => ({
      ...file(`Articolo ${n}.`),
      entry: `a-${n}.md`,
    }));
    const told: string[] = [];
    let turns = 0;
    let counting = true;
    const tick = () => {
      if (!counting) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const all = await articleFactsInTurn(files, 'x.it', undefined, (facts, source) => {
      told.push(source.entry);
      expect(facts.validated.body.trim()).toBe(source.source.split('\n').at(-1));
    });
    counting = false;
    expect(told).toEqual(files.map(({ entry }) => entry));
    expect(all.map(({ validated }) => validated.body)).toEqual(
      files.map((one) => articleFacts(one, 'x.it').validated.body),
    );
    expect(turns).toBeGreaterThan(0);
  });
});

describe('linesBeforeBody', () => {
  it('counts the front-matter lines, or none when the body is not the file’s tail', () => {
    expect(linesBeforeBody('---\na: 1\n---\nCorpo', 'Corpo')).toBe(3);
    expect(linesBeforeBody('Corpo diverso', 'Corpo')).toBe(0);
  });
});
