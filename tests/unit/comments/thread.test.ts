import { describe, expect, it } from 'vitest';
import { countVisibleComments } from '../../../src/lib/comments/count';
import {
  buildCommentThread,
  MAX_DISPLAY_DEPTH,
  type ThreadNode,
} from '../../../src/lib/comments/thread';
import type { Comment } from '../../../src/schemas/comments';

/** Comments a thread shows, deleted placeholders not counted. */
function countShownComments(thread: readonly ThreadNode[]): number {
  let count = 0;
  const stack = [...thread];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!node.deleted) count += 1;
    stack.push(...node.children);
  }
  return count;
}

/** Renders bodies as themselves, so the tests read the structure, not HTML. */
const build = (comments: Comment[]) => buildCommentThread(comments, { render: (body) => body });

const c = (id: string, parent: string | null, extra: Partial<Comment> = {}): Comment => ({
  id,
  parent,
  body: `testo ${id}`,
  ...extra,
});

/** `id(child child(grandchild))` outline of a thread. */
const outline = (nodes: readonly ThreadNode[]): string =>
  nodes
    .map((node) => `${node.id}${node.children.length > 0 ? `(${outline(node.children)})` : ''}`)
    .join(' ');

describe('buildCommentThread', () => {
  it('nests replies under their parent', () => {
    const thread = build([c('a', null), c('b', 'a'), c('c', 'b'), c('d', null)]);
    expect(outline(thread)).toBe('a(b(c)) d');
  });

  it('sorts siblings oldest first by date', () => {
    const thread = build([
      c('late', null, { date: '2018-07-04T12:00:00+02:00' }),
      c('early', null, { date: '2018-07-04T09:00:00Z' }),
      c('middle', null, { date: '2018-07-04T11:30:00+02:00' }),
    ]);
    expect(outline(thread)).toBe('early middle late');
  });

  it('keeps snapshot order for comments without a date', () => {
    expect(outline(build([c('z', null), c('a', null), c('m', null)]))).toBe('z a m');
  });

  it('leaves undated comments in place and sorts the dated ones around them', () => {
    const thread = build([
      c('d2', null, { date: '2018-07-05T00:00:00Z' }),
      c('u1', null),
      c('d1', null, { date: '2018-07-04T00:00:00Z' }),
    ]);
    expect(outline(thread)).toBe('d1 u1 d2');
  });

  it(`caps depth at ${MAX_DISPLAY_DEPTH}: deeper replies follow their ancestor in its list`, () => {
    const chain = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, index, ids) =>
      c(id, ids[index - 1] ?? null),
    );
    const thread = build([...chain, c('z', 'd')]);
    expect(outline(thread)).toBe('a(b(c(d(e f g z))))');
    const capped = thread[0]?.children[0]?.children[0]?.children[0]?.children ?? [];
    expect(capped.map((node) => node.depth)).toEqual([4, 4, 4, 4]);
  });

  it('builds a reply chain of 20,000 comments without recursion, as deep as the cap', () => {
    const chain = Array.from({ length: 20_000 }, (_, index) =>
      c(`c${index}`, index === 0 ? null : `c${index - 1}`),
    );
    let level = buildCommentThread(chain, { render: () => '' });
    let depth = 0;
    while (level[0]?.children.length) {
      level = level[0].children;
      depth += 1;
    }
    expect(depth).toBe(MAX_DISPLAY_DEPTH);
    expect(level).toHaveLength(20_000 - MAX_DISPLAY_DEPTH);
  });

  it('keeps a deleted comment deep in a long chain only while a reply below it is shown', () => {
    const chain = Array.from({ length: 2_000 }, (_, index) =>
      c(`c${index}`, index === 0 ? null : `c${index - 1}`, index > 0 ? { status: 'deleted' } : {}),
    );
    expect(outline(build([...chain, c('last', 'c1999')])).match(/[a-z0-9]+/g)).toHaveLength(2_001);
    expect(outline(build(chain))).toBe('c0');
  });

  it('never shows spam and moves its replies to the spam comment’s parent', () => {
    const thread = build([
      c('a', null),
      c('spam', 'a', { status: 'spam' }),
      c('reply', 'spam'),
      c('spam2', null, { status: 'spam' }),
      c('orphan', 'spam2'),
    ]);
    expect(outline(thread)).toBe('a(reply) orphan');
    expect(thread[0]?.children[0]?.depth).toBe(1);
  });

  it('shows a deleted comment as a placeholder only while it has visible replies', () => {
    const thread = build([
      c('gone', null, { status: 'deleted' }),
      c('kept', null, { status: 'deleted' }),
      c('reply', 'kept'),
      c('chain', null, { status: 'deleted' }),
      c('chain-reply', 'chain', { status: 'deleted' }),
    ]);
    expect(outline(thread)).toBe('kept(reply)');
    expect(thread[0]).toMatchObject({ deleted: true, html: '' });
    expect(thread[0]?.children[0]).toMatchObject({ deleted: false, html: 'testo reply' });
  });

  it('shows a reply whose parent is missing at the top level', () => {
    expect(outline(build([c('a', 'nowhere'), c('b', 'a')]))).toBe('a(b)');
  });

  it('shows every comment of a parent cycle exactly once', () => {
    const thread = build([c('x', 'q'), c('p', 'q'), c('q', 'p')]);
    const ids = outline(thread).match(/[a-z]+/g) ?? [];
    expect(ids.sort()).toEqual(['p', 'q', 'x']);
  });

  it('carries author, date as a Date and rendered HTML', () => {
    const [node] = buildCommentThread([
      c('a', null, { author: 'Mario', date: '2018-07-04T08:30:00Z', body: '*ciao*' }),
    ]);
    expect(node).toMatchObject({
      id: 'a',
      author: 'Mario',
      html: '<p><em>ciao</em></p>',
      depth: 0,
    });
    expect(node?.date?.toISOString()).toBe('2018-07-04T08:30:00.000Z');
  });
});

describe('countVisibleComments', () => {
  const comments = [
    c('a', null),
    c('b', 'a', { status: 'published' }),
    c('del', null, { status: 'deleted' }),
    c('r', 'del'),
    c('spam', null, { status: 'spam' }),
    c('s', 'spam'),
  ];

  it('counts published comments only', () => {
    expect(countVisibleComments(comments)).toBe(4);
  });

  it('agrees with the comments the thread shows', () => {
    expect(countShownComments(build(comments))).toBe(countVisibleComments(comments));
  });
});
