import { describe, expect, it } from 'vitest';
import { isArticleAuthor, numberComments } from '../../../src/lib/comments/number';
import type { ThreadNode } from '../../../src/lib/comments/thread';

const node = (id: string, children: ThreadNode[] = []): ThreadNode => ({
  id,
  author: undefined,
  date: undefined,
  html: '',
  depth: 0,
  deleted: false,
  children,
});

describe('numberComments', () => {
  it('numbers each comment before its replies, in reading order', () => {
    const thread = [node('a', [node('a1', [node('a1x')]), node('a2')]), node('b')];
    expect([...numberComments(thread)]).toEqual([
      ['a', 1],
      ['a1', 2],
      ['a1x', 3],
      ['a2', 4],
      ['b', 5],
    ]);
  });
});

describe('isArticleAuthor', () => {
  it('matches the article author whatever the case and spacing', () => {
    expect(isArticleAuthor(' giulia ferri', 'Giulia Ferri')).toBe(true);
  });

  it('does not match another name or an anonymous comment', () => {
    expect(isArticleAuthor('Giulia', 'Giulia Ferri')).toBe(false);
    expect(isArticleAuthor(undefined, 'Giulia Ferri')).toBe(false);
  });
});
