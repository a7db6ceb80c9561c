/**
 * Child-process entry of the search indexer (`search-indexer.ts` starts it): takes its job over
 * IPC (the shards' articles wait in files, one a shard), writes the shards and reports the
 * outcome. Node loads this file with its own type stripping, so it imports only packages and uses
 * only erasable TypeScript.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { deserialize } from 'node:v8';
import { register } from 'tsx/esm/api';
import type { IndexerMessage, IndexerReply } from './search-indexer';
import type { IndexHeader, IndexShard } from '../lib/search/index-content';

/**
 * Indexing is the build's background work: Astro's rendering and the share cards are what the
 * last page waits for, and the index has until then to catch up, on whatever core they leave
 * idle. So this process, and the Pagefind binaries it starts (they inherit it), take the lowest
 * priority. It leads a session of its own, and where the kernel shares the cores between sessions
 * first (`sched_autogroup`) that session would get as much as the whole build: the session's
 * group takes the lowest priority too.
 */
function runInBackground(): void {
  const lowest = constants.priority.PRIORITY_LOW;
  setPriority(lowest);
  try {
    writeFileSync('/proc/self/autogroup', String(lowest));
  } catch {
    // No such grouping on this system: the process's own priority is what counts.
  }
}

runInBackground();

let settled = false;

function reply(message: IndexerReply): void {
  settled = true;
  process.send?.(message, () => {
    process.exitCode = message.ok ? 0 : 1;
    process.disconnect?.();
  });
}

// The Pagefind binary may die without a word: its pending request then never settles and the
// loop empties. That is a failure, not a clean exit.
process.on('beforeExit', () => {
  if (!settled) reply({ ok: false, message: 'Pagefind si è fermato senza rispondere' });
});

/**
 * The shards of the job, each read from its file when its turn comes, the file then removed.
 * Each one taken is reported: the build's deadline runs from the last shard taken, so a large
 * archive gets the time its shards need and a hung Pagefind is still stopped.
 */
function* shardsFromFiles(files: readonly string[]): Generator<IndexShard> {
  for (const [taken, file] of files.entries()) {
    const shard = deserialize(readFileSync(file)) as IndexShard;
    rmSync(file, { force: true });
    process.send?.({ taken: taken + 1 } satisfies IndexerMessage);
    yield shard;
  }
}

async function run(header: IndexHeader): Promise<void> {
  // The channel alone must not keep the process alive, or an empty loop would never be noticed.
  process.channel?.unref();
  // The indexing modules are TypeScript with extensionless imports, which only tsx resolves.
  register();
  const { indexContent } = (await import(
    new URL('../lib/search/index-content.ts', import.meta.url).href
  )) as typeof import('../lib/search/index-content');
  await indexContent(header, shardsFromFiles(header.inputs));
  reply({ ok: true });
}

process.once('message', (header: IndexHeader) => {
  run(header).catch((error: unknown) =>
    reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
