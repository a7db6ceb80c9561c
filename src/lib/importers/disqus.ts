/**
 * Streaming reader of a Disqus XML export: a file of any size is read chunk by chunk and handed on
 * one thread or post at a time, so memory holds one record, not the document.
 *
 * @see https://help.disqus.com/en/articles/1717164-comments-export
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

/** Namespace of Disqus's `dsq:id` attributes. */
const DSQ_NAMESPACE = 'http://disqus.com/disqus-internals';

/** A `<thread>`: one commented page. */
export interface DisqusThread {
  /** `dsq:id`. */
  id: string;
  /** URL of the page, as Disqus saw it. */
  link: string;
  title: string;
}

/** A `<post>`: one comment, its message still HTML. */
export interface DisqusPost {
  /** `dsq:id`. */
  id: string;
  /** `dsq:id` of its thread. */
  threadId: string | undefined;
  /** `dsq:id` of the post it answers. */
  parentId: string | undefined;
  /** HTML, from the CDATA. */
  message: string;
  createdAt: string;
  /** Display name, else user name. */
  authorName: string | undefined;
  isDeleted: boolean;
  isSpam: boolean;
}

/** Receivers of the records, called in document order. */
export interface DisqusHandlers {
  thread(thread: DisqusThread): void;
  post(post: DisqusPost): void;
}

/** A reader to feed text chunks to; `close` checks the document is complete. */
export interface DisqusReader {
  write(chunk: string): void;
  close(): void;
}

interface OpenRecord {
  kind: 'thread' | 'post';
  id: string;
  /** Text by element path below the record (`message`, `author.name`). */
  fields: Map<string, string>;
  /** `dsq:id` of empty reference elements (`thread`, `parent`) by path. */
  refs: Map<string, string>;
}

const dsqId = (tag: SaxesTagNS): string | undefined =>
  Object.values(tag.attributes).find(
    (attribute) => attribute.uri === DSQ_NAMESPACE && attribute.local === 'id',
  )?.value;

const nonEmpty = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

const isTrue = (value: string | undefined): boolean => value?.trim().toLowerCase() === 'true';

/** Depth of `<thread>`/`<post>` records: children of the `<disqus>` root. */
const RECORD_DEPTH = 2;

/**
 * Creates a reader that parses a Disqus export as it is written to it.
 *
 * @param fileName Named in XML syntax errors.
 * @throws {Error} From `write`/`close`, on malformed XML (with line and column).
 */
export function createDisqusReader(handlers: DisqusHandlers, fileName?: string): DisqusReader {
  const parser = new SaxesParser({ xmlns: true, ...(fileName === undefined ? {} : { fileName }) });
  const path: string[] = [];
  let record: OpenRecord | undefined;

  const collect = (text: string): void => {
    if (record === undefined || path.length <= RECORD_DEPTH) return;
    const key = path.slice(RECORD_DEPTH).join('.');
    record.fields.set(key, (record.fields.get(key) ?? '') + text);
  };

  parser.on('opentag', (tag) => {
    path.push(tag.local);
    if (path.length === RECORD_DEPTH && (tag.local === 'thread' || tag.local === 'post')) {
      record = { kind: tag.local, id: dsqId(tag) ?? '', fields: new Map(), refs: new Map() };
    } else if (record !== undefined && path.length > RECORD_DEPTH) {
      const ref = dsqId(tag);
      if (ref !== undefined) record.refs.set(path.slice(RECORD_DEPTH).join('.'), ref);
    }
  });
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', () => {
    if (path.length === RECORD_DEPTH && record !== undefined) {
      emit(record, handlers);
      record = undefined;
    }
    path.pop();
  });

  return {
    write: (chunk) => void parser.write(chunk),
    close: () => void parser.close(),
  };
}

function emit({ kind, id, fields, refs }: OpenRecord, handlers: DisqusHandlers): void {
  if (kind === 'thread') {
    handlers.thread({
      id,
      link: fields.get('link')?.trim() ?? '',
      title: fields.get('title')?.trim() ?? '',
    });
    return;
  }
  handlers.post({
    id,
    threadId: refs.get('thread'),
    parentId: refs.get('parent'),
    message: fields.get('message') ?? '',
    createdAt: fields.get('createdAt')?.trim() ?? '',
    authorName: nonEmpty(fields.get('author.name')) ?? nonEmpty(fields.get('author.username')),
    isDeleted: isTrue(fields.get('isDeleted')),
    isSpam: isTrue(fields.get('isSpam')),
  });
}
