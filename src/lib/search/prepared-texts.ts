/**
 * Record texts worked out before the index is planned (I/O edge: a file of the indexing
 * process), each taken once when its shard is written. They wait in a file, not in the heap: a
 * whole archive's text would otherwise sit in the indexing process through the rendering, when
 * the build's memory peaks.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { RecordText } from './search-records';

/** Texts by article slug, spilled to `file` (created empty, removed by {@link close}). */
export class PreparedTexts {
  readonly #file: string;
  readonly #fd: number;
  readonly #spans = new Map<string, readonly [offset: number, length: number]>();
  #end = 0;

  constructor(file: string) {
    this.#file = file;
    this.#fd = openSync(file, 'w+');
  }

  add(slug: string, text: RecordText): void {
    const bytes = serialize(text);
    writeSync(this.#fd, bytes, 0, bytes.length, this.#end);
    this.#spans.set(slug, [this.#end, bytes.length]);
    this.#end += bytes.length;
  }

  /** The text of `slug` once; `undefined` if it was not prepared or was taken already. */
  take(slug: string): RecordText | undefined {
    const span = this.#spans.get(slug);
    if (span === undefined) return undefined;
    this.#spans.delete(slug);
    const [offset, length] = span;
    const bytes = Buffer.allocUnsafe(length);
    readSync(this.#fd, bytes, 0, length, offset);
    return deserialize(bytes) as RecordText;
  }

  close(): void {
    closeSync(this.#fd);
    rmSync(this.#file, { force: true });
  }
}
