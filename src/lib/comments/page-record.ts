/**
 * One page of comments as it is stored between the content loader, which renders and paginates a
 * discussion once per snapshot, and the page that shows it: plain JSON, each page on its own, so
 * a page reads its own comments and not the whole discussion.
 */
import type { PaginatedComments } from './paginate';
import type { ThreadNode } from './thread';

/** A comment as JSON: its date as an ISO string. */
export interface StoredNode extends Omit<ThreadNode, 'date' | 'children'> {
  date: string | undefined;
  children: StoredNode[];
}

/** The comment an entry answers, on an earlier page. */
export interface ReplyTarget {
  id: string;
  number: number;
  page: number;
}

/** A page's top-level entry, stored. */
export interface StoredEntry {
  node: StoredNode;
  replyTo: ReplyTarget | undefined;
}

/** What one page of an article's comments needs to be drawn. */
export interface CommentPageRecord {
  number: number;
  /** How many pages the discussion has. */
  total: number;
  entries: StoredEntry[];
  /** Reading-order number of each comment on the page. */
  numbers: Record<string, number>;
  /** First and last comment number of every page, for the page links. */
  ranges: { first: number; last: number }[];
}

/** A page's entry, ready to draw. */
export interface PageEntryView {
  node: ThreadNode;
  replyTo: ReplyTarget | undefined;
}

/** Maps every node of the trees under `roots`, children first-level order kept, without recursion. */
function mapTrees<From extends { children: From[] }, To extends { children: To[] }>(
  roots: readonly From[],
  convert: (node: From) => To,
): To[] {
  const result: To[] = [];
  const stack: { node: From; into: To[] }[] = roots.map((node) => ({ node, into: result }));
  stack.reverse();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const copy = convert(next.node);
    next.into.push(copy);
    for (let i = next.node.children.length - 1; i >= 0; i--) {
      const child = next.node.children[i];
      if (child !== undefined) stack.push({ node: child, into: copy.children });
    }
  }
  return result;
}

/** The records of every page of a paginated discussion, page 1 first. */
export function commentPageRecords({
  pages,
  numbers,
  pageOf,
}: PaginatedComments): CommentPageRecord[] {
  const ranges = pages.map(({ first, last }) => ({ first, last }));
  return pages.map((page) => {
    const pageNumbers: Record<string, number> = {};
    const entries = page.entries.map(({ node, replyTo }): StoredEntry => {
      const [stored] = mapTrees([node], (n): StoredNode => {
        pageNumbers[n.id] = numbers.get(n.id) ?? 0;
        return { ...n, date: n.date?.toISOString(), children: [] };
      });
      return {
        node: stored as StoredNode,
        replyTo:
          replyTo === undefined
            ? undefined
            : { id: replyTo, number: numbers.get(replyTo) ?? 0, page: pageOf.get(replyTo) ?? 1 },
      };
    });
    return { number: page.number, total: pages.length, entries, numbers: pageNumbers, ranges };
  });
}

/** A stored page's entries with their dates back as `Date`s. */
export function pageEntries(record: CommentPageRecord): PageEntryView[] {
  return record.entries.map(({ node, replyTo }) => ({
    node: mapTrees([node], (n): ThreadNode => ({
      ...n,
      date: n.date === undefined ? undefined : new Date(n.date),
      children: [],
    }))[0] as ThreadNode,
    replyTo,
  }));
}
