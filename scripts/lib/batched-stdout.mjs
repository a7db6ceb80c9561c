// @ts-check
/**
 * Preloaded into the `astro build` process by `scripts/build.ts` (`node --import`). Astro logs a
 * line for every page it writes, and on Linux a write to a pipe blocks until the line is in
 * it: one system call per page, on the thread that renders the pages. Standard output is kept
 * here and written a batch at a time (every few milliseconds, or sooner once the batch is
 * large). Standard error is never delayed: before it writes, the kept output goes first, so the
 * two stay in order. Whatever is kept when the process exits is written before it ends.
 */
import { writeSync } from 'node:fs';

/** Kept bytes that are written at once. */
const BATCH_BYTES = 64 * 1024;
/** Longest a line waits, in milliseconds. */
const BATCH_MS = 50;

const stdoutWrite = process.stdout.write.bind(process.stdout);
const stderrWrite = process.stderr.write.bind(process.stderr);
/** @type {Buffer[]} */
let kept = [];
let keptBytes = 0;
/** @type {NodeJS.Timeout | undefined} */
let timer;

function flush() {
  clearTimeout(timer);
  timer = undefined;
  if (keptBytes === 0) return;
  const batch = Buffer.concat(kept, keptBytes);
  kept = [];
  keptBytes = 0;
  stdoutWrite(batch);
}

/**
 * @param {string | Uint8Array} chunk
 * @param {BufferEncoding | ((error?: Error | null) => void)} [encoding]
 * @param {(error?: Error | null) => void} [callback]
 */
function keep(chunk, encoding, callback) {
  const done = typeof encoding === 'function' ? encoding : callback;
  const bytes =
    typeof chunk === 'string'
      ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
      : Buffer.from(chunk);
  kept.push(bytes);
  keptBytes += bytes.length;
  if (keptBytes >= BATCH_BYTES) flush();
  else timer ??= setTimeout(flush, BATCH_MS).unref();
  if (done) queueMicrotask(() => done(null));
  return true;
}

/**
 * @param {string | Uint8Array} chunk
 * @param {BufferEncoding | ((error?: Error | null) => void)} [encoding]
 * @param {(error?: Error | null) => void} [callback]
 */
function afterKept(chunk, encoding, callback) {
  flush();
  return typeof encoding === 'function'
    ? stderrWrite(chunk, encoding)
    : stderrWrite(chunk, /** @type {BufferEncoding} */ (encoding), callback);
}

process.stdout.write = /** @type {typeof process.stdout.write} */ (keep);
process.stderr.write = /** @type {typeof process.stderr.write} */ (afterKept);
process.on('exit', () => {
  clearTimeout(timer);
  if (keptBytes > 0) writeSync(1, Buffer.concat(kept, keptBytes));
});
