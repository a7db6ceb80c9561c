import { describe, expect, it } from 'vitest';
import { serializeCommentSnapshot } from '../../../src/lib/comments/serialize';
import { mergeCommentSnapshots } from '../../../src/lib/importers/merge';
import type { Comment, CommentSnapshot } from '../../../src/schemas/comments';

const snapshot = (comments: Comment[], extra: Partial<CommentSnapshot> = {}): CommentSnapshot => ({
  version: 1,
  article: 'x',
  source: 'disqus',
  exportedAt: '2024-01-01T00:00:00.000Z',
  comments,
  ...extra,
});
const c = (id: string, body = `testo ${id}`, parent: string | null = null): Comment => ({
  id,
  parent,
  body,
});

describe('mergeCommentSnapshots', () => {
  it('takes the incoming snapshot when there is none', () => {
    const incoming = snapshot([c('a'), c('b')]);
    expect(mergeCommentSnapshots(undefined, incoming)).toMatchObject({
      snapshot: incoming,
      changed: true,
      added: 2,
    });
  });

  it('changes nothing, not even exportedAt, when the same comments arrive again', () => {
    const existing = snapshot([c('a'), c('b', 'x', 'a')]);
    const again = snapshot([c('a'), { body: 'x', parent: 'a', id: 'b' }], {
      exportedAt: '2025-05-05T00:00:00.000Z',
    });
    const result = mergeCommentSnapshots(existing, again);
    expect(result).toMatchObject({ changed: false, added: 0, updated: 0, unchanged: 2 });
    expect(result.snapshot).toBe(existing);
    expect(serializeCommentSnapshot(result.snapshot)).toBe(serializeCommentSnapshot(existing));
  });

  it('is idempotent: merging the result again changes nothing', () => {
    const first = mergeCommentSnapshots(
      snapshot([c('a')]),
      snapshot([c('a', 'nuovo'), c('b')]),
    ).snapshot;
    const second = mergeCommentSnapshots(first, snapshot([c('a', 'nuovo'), c('b')]));
    expect(second.changed).toBe(false);
    expect(second.snapshot).toBe(first);
  });

  it('adds new comments, updates changed ones in place and keeps old-only ones', () => {
    const existing = snapshot([c('old'), c('a'), c('b')]);
    const incoming = snapshot([c('a', 'modificato'), c('b'), c('new')], {
      exportedAt: '2025-05-05T00:00:00.000Z',
    });
    const result = mergeCommentSnapshots(existing, incoming);
    expect(result).toMatchObject({ changed: true, added: 1, updated: 1, unchanged: 1 });
    expect(result.snapshot.comments).toEqual([c('old'), c('a', 'modificato'), c('b'), c('new')]);
    expect(result.snapshot.exportedAt).toBe('2025-05-05T00:00:00.000Z');
  });

  it('marks existing comments that the source now reports as spam', () => {
    const result = mergeCommentSnapshots(snapshot([c('a'), c('b')]), snapshot([c('b')]), {
      spamIds: new Set(['a']),
    });
    expect(result.snapshot.comments[0]).toEqual({ ...c('a'), status: 'spam' });
    expect(result.updated).toBe(1);
    expect(
      mergeCommentSnapshots(result.snapshot, snapshot([c('b')]), { spamIds: new Set(['a']) })
        .changed,
    ).toBe(false);
  });

  it('makes replies to comments in neither snapshot top-level, and counts them', () => {
    const result = mergeCommentSnapshots(
      snapshot([c('a')]),
      snapshot([c('b', 'r', 'a'), c('c', 'r', 'gone')]),
    );
    expect(result.snapshot.comments.map(({ id, parent }) => [id, parent])).toEqual([
      ['a', null],
      ['b', 'a'],
      ['c', null],
    ]);
    expect(result.detached).toBe(1);
  });

  it('records both sources when they differ', () => {
    const result = mergeCommentSnapshots(
      snapshot([c('a')], { source: 'legacy', exportedAt: undefined }),
      snapshot([c('b')]),
    );
    expect(result.snapshot.source).toBe('disqus+legacy');
  });
});
