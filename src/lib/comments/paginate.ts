/**
 * A long discussion split into static pages, so no page carries every comment of a thread of any
 * size. Pages follow reading order (each comment, then its replies) and are cut by weight, an
 * upper bound of the markup the page's comments produce:
 * - a top-level thread is never split while it fits on a page of its own: it starts the next
 *   page instead;
 * - a thread heavier than a page is cut between comments; the first comment of the next page
 *   then says which comment it answers ({@link PageEntry.replyTo});
 * - a page holds at most {@link THREADS_PER_PAGE} top-level threads, so a page of short
 *   comments stays readable too;
 * - every page holds at least one comment, so even a comment heavier than the budget is shown.
 */
import { numberComments } from './number';
import type { ThreadNode } from './thread';

/** Most bytes of comment markup one page carries. */
export const COMMENT_PAGE_BYTES = 120_000;

/** Most top-level threads on one page. */
export const THREADS_PER_PAGE = 50;

/**
 * Markup of one comment besides its body, author and id, rounded up: list item, article, header,
 * date, permalink, hidden labels, scoped-style attributes.
 */
export const COMMENT_MARKUP_BYTES = 900;

/**
 * Markup of the link to the comment a reply answers on an earlier page, besides that comment's
 * id: its address holds the article's slug, at most a file name long.
 */
export const REPLY_LINK_BYTES = 500;

/** A comment that starts a list on its page, with its replies on the same page. */
export interface PageEntry {
  node: ThreadNode;
  /** Id of the comment it answers, when that comment is on an earlier page. */
  replyTo: string | undefined;
}

/** One page of comments. */
export interface CommentPage {
  /** 1-based; page 1 is the article's own page. */
  number: number;
  entries: PageEntry[];
  /** Reading-order numbers of its first and last comment. */
  first: number;
  last: number;
}

/** A whole discussion, paginated. */
export interface PaginatedComments {
  /** At least one page, empty for an article without comments. */
  pages: CommentPage[];
  /** Reading-order number of every shown comment, deleted placeholders included. */
  numbers: Map<string, number>;
  /** The page of every shown comment. */
  pageOf: Map<string, number>;
}

/** Options of {@link paginateComments}. */
export interface PaginateOptions {
  budget?: number;
  threadsPerPage?: number;
}

const utf8 = new TextEncoder();
const bytes = (text: string): number => utf8.encode(text).length;
/** Extra bytes of each character HTML escaping replaces (`"` → `&quot;`). */
const ESCAPE_EXTRA: Readonly<Record<string, number>> = { '&': 4, '<': 3, '>': 3, '"': 5, "'": 4 };
/** Bytes of `text` escaped for HTML text or a quoted attribute. */
const escapedBytes = (text: string): number =>
  bytes(text) +
  [...text.matchAll(/[&<>"']/g)].reduce((sum, [c]) => sum + (ESCAPE_EXTRA[c] ?? 0), 0);
/** Bytes of `text` in a URL fragment. */
const urlBytes = (text: string): number => encodeURIComponent(text).length;

/**
 * Upper bound of the markup of one comment: its body is already HTML; the author is written
 * escaped twice (name and permalink label), the id escaped in the anchor and encoded in the
 * permalink.
 */
export function commentWeight(node: ThreadNode): number {
  return (
    bytes(node.html) +
    2 * escapedBytes(node.author ?? '') +
    escapedBytes(node.id) +
    urlBytes(node.id) +
    COMMENT_MARKUP_BYTES
  );
}

interface Item {
  node: ThreadNode;
  parentId: string | undefined;
  weight: number;
  /** Added when the comment opens a page away from its parent. */
  replyWeight: number;
}

/** A thread in reading order, with each comment's parent, without recursion. */
function flatten(root: ThreadNode): Item[] {
  const items: Item[] = [];
  const stack: { node: ThreadNode; parentId: string | undefined }[] = [
    { node: root, parentId: undefined },
  ];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { parentId } = next;
    items.push({
      ...next,
      weight: commentWeight(next.node),
      replyWeight: parentId === undefined ? 0 : REPLY_LINK_BYTES + urlBytes(parentId),
    });
    for (let i = next.node.children.length - 1; i >= 0; i--) {
      const child = next.node.children[i];
      if (child !== undefined) stack.push({ node: child, parentId: next.node.id });
    }
  }
  return items;
}

/** Splits a built thread (`buildCommentThread`) into pages; see the module comment. */
export function paginateComments(
  thread: readonly ThreadNode[],
  { budget = COMMENT_PAGE_BYTES, threadsPerPage = THREADS_PER_PAGE }: PaginateOptions = {},
): PaginatedComments {
  const numbers = numberComments(thread);
  const pageOf = new Map<string, number>();
  const pages: CommentPage[] = [];
  let page: CommentPage = { number: 1, entries: [], first: 0, last: 0 };
  let onPage = new Map<string, ThreadNode>();
  let weight = 0;
  let threads = 0;

  const turnPage = () => {
    pages.push(page);
    page = { number: page.number + 1, entries: [], first: 0, last: 0 };
    onPage = new Map();
    weight = 0;
    threads = 0;
  };
  const place = (item: Item) => {
    const continues = (id: string | undefined) => id !== undefined && !onPage.has(id);
    if (
      onPage.size > 0 &&
      weight + item.weight + (continues(item.parentId) ? item.replyWeight : 0) > budget
    ) {
      turnPage();
      // The rest of the thread opens the new page.
      threads = 1;
    }
    const node: ThreadNode = { ...item.node, children: [] };
    const parent = item.parentId === undefined ? undefined : onPage.get(item.parentId);
    if (parent) parent.children.push(node);
    else page.entries.push({ node, replyTo: item.parentId });
    weight += item.weight + (parent ? 0 : item.replyWeight);
    const number = numbers.get(node.id) ?? 0;
    if (onPage.size === 0) page.first = number;
    page.last = number;
    onPage.set(node.id, node);
    pageOf.set(node.id, page.number);
  };

  for (const root of thread) {
    const items = flatten(root);
    const total = items.reduce((sum, item) => sum + item.weight, 0);
    if (onPage.size > 0 && (threads >= threadsPerPage || weight + total > budget)) turnPage();
    threads += 1;
    for (const item of items) place(item);
  }
  pages.push(page);
  return { pages, numbers, pageOf };
}
