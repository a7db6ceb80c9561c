import { describe, expect, it } from 'vitest';
import {
  commentWeight,
  paginateComments,
  REPLY_LINK_BYTES,
  type CommentPage,
} from '../../../src/lib/comments/paginate';
import { buildCommentThread, type ThreadNode } from '../../../src/lib/comments/thread';
import type { Comment } from '../../../src/schemas/comments';

const c = (id: string, parent: string | null, body = `Testo di ${id}.`): Comment => ({
  id,
  parent,
  body,
});
const build = (comments: Comment[]) => buildCommentThread(comments, { render: (body) => body });

/** Ids of a page in reading order. */
function pageIds(page: CommentPage): string[] {
  const ids: string[] = [];
  const stack: ThreadNode[] = page.entries.map(({ node }) => node).reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    ids.push(node.id);
    stack.push(...[...node.children].reverse());
  }
  return ids;
}

/** Weight of a page as the paginator counts it, reply links included. */
const pageWeight = (page: CommentPage, nodes: Map<string, ThreadNode>) =>
  pageIds(page).reduce((sum, id) => sum + commentWeight(nodes.get(id) as ThreadNode), 0) +
  page.entries.reduce(
    (sum, { replyTo }) =>
      sum + (replyTo === undefined ? 0 : REPLY_LINK_BYTES + encodeURIComponent(replyTo).length),
    0,
  );

function nodesById(thread: readonly ThreadNode[]): Map<string, ThreadNode> {
  const byId = new Map<string, ThreadNode>();
  const stack = [...thread];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    byId.set(node.id, node);
    stack.push(...node.children);
  }
  return byId;
}

describe('paginateComments', () => {
  it('keeps a short discussion on the article’s page', () => {
    const { pages } = paginateComments(build([c('a', null), c('b', 'a'), c('c', null)]));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, first: 1, last: 3 });
    expect(pageIds(pages[0] as CommentPage)).toEqual(['a', 'b', 'c']);
  });

  it('gives an article without comments one empty page', () => {
    expect(paginateComments([]).pages).toEqual([{ number: 1, entries: [], first: 0, last: 0 }]);
  });

  it('starts a new page after the 50th thread', () => {
    const comments = Array.from({ length: 120 }, (_, i) => c(`t${i}`, null));
    const { pages } = paginateComments(build(comments));
    expect(pages.map((p) => p.entries.length)).toEqual([50, 50, 20]);
    expect(pages.map(({ first, last }) => [first, last])).toEqual([
      [1, 50],
      [51, 100],
      [101, 120],
    ]);
  });

  it('moves a whole thread to the next page rather than splitting it when it fits there', () => {
    const comments = [
      c('a', null, 'x'.repeat(600)),
      c('b', null, 'y'.repeat(600)),
      c('b1', 'b', 'z'.repeat(600)),
    ];
    const thread = build(comments);
    const budget = commentWeight(thread[0] as ThreadNode) * 2 + 100;
    const { pages } = paginateComments(thread, { budget });
    expect(pages.map(pageIds)).toEqual([['a'], ['b', 'b1']]);
  });

  it('cuts a thread heavier than a page between comments, each continuation naming its parent', () => {
    const comments = [c('root', null), ...Array.from({ length: 30 }, (_, i) => c(`r${i}`, 'root'))];
    const thread = build(comments);
    const budget = commentWeight(thread[0] as ThreadNode) * 12;
    const paginated = paginateComments(thread, { budget });
    expect(paginated.pages.length).toBeGreaterThan(2);
    const [, second] = paginated.pages;
    expect(second?.entries.every((e) => e.replyTo === 'root')).toBe(true);
    expect(paginated.pageOf.get('root')).toBe(1);
  });

  it('keeps every page under the budget and every comment exactly once, in reading order, for a 10,000-reply chain', () => {
    const comments = Array.from({ length: 10_000 }, (_, i) =>
      c(`c${i}`, i === 0 ? null : `c${i - 1}`, `Risposta ${i}`),
    );
    const thread = build(comments);
    const paginated = paginateComments(thread, { budget: 150_000 });
    const nodes = nodesById(thread);
    const ids = paginated.pages.flatMap(pageIds);
    expect(ids).toEqual(comments.map((comment) => comment.id));
    for (const page of paginated.pages) {
      expect(pageWeight(page, nodes)).toBeLessThanOrEqual(150_000);
      for (const id of pageIds(page)) expect(paginated.pageOf.get(id)).toBe(page.number);
    }
    expect(paginated.numbers.get('c9999')).toBe(10_000);
  });

  it('still shows a comment heavier than a page, on a page of its own', () => {
    const thread = build([c('a', null), c('huge', null, 'x'.repeat(5_000)), c('b', null)]);
    const { pages } = paginateComments(thread, { budget: 3_000 });
    expect(pages.map(pageIds)).toEqual([['a'], ['huge'], ['b']]);
  });
});
