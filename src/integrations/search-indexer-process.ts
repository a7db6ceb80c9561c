/**
 * Child-process entry of the search indexer (`search-indexer.ts` starts it): takes its setup
 * over IPC, works out the record text of any article it is sent before the job (the build sends
 * them while its content check leaves a core idle), then takes the job (the shards' articles wait
 * in files, one a shard), writes the shards and reports the outcome. Node loads this file with
 * its own type stripping, so it imports only packages and uses only erasable TypeScript.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { register } from 'tsx/esm/api';
import type { IndexerMessage, IndexerReply } from './search-indexer';
import type { IndexerRequest, IndexSetup, IndexShard } from '../lib/search/index-content';
import type { PreparedTexts } from '../lib/search/prepared-texts';
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

// The indexing modules are TypeScript with extensionless imports, which only tsx resolves.
register();
const load = <T>(path: string) => import(new URL(path, import.meta.url).href) as Promise<T>;
const modules = Promise.all([
  load<typeof import('../lib/search/index-content')>('../lib/search/index-content.ts'),
  load<typeof import('../lib/search/search-records')>('../lib/search/search-records.ts'),
  load<typeof import('../lib/search/prepared-texts')>('../lib/search/prepared-texts.ts'),
]);

let setup: IndexSetup | undefined;
let prepared: PreparedTexts | undefined;

async function handle(request: IndexerRequest): Promise<void> {
  const [{ indexContent }, { recordText }, { PreparedTexts }] = await modules;
  if (request.type === 'setup') {
    setup = { cacheRoot: request.cacheRoot, context: request.context };
    return;
  }
  if (setup === undefined) throw new Error('indicizzazione senza impostazioni');
  const { cacheRoot, context } = setup;
  if (request.type === 'prepare') {
    prepared ??= new PreparedTexts(join(cacheRoot, `prepared.${process.pid}.tmp`));
    for (const article of request.articles) {
      prepared.add(article.slug, recordText(article, context.language));
    }
    process.send?.({ prepared: request.articles.length } satisfies IndexerMessage);
    return;
  }
  // From now on the channel alone must not keep the process alive, or an empty loop would never
  // be noticed.
  process.channel?.unref();
  try {
    await indexContent(setup, shardsFromFiles(request.inputs), prepared);
  } finally {
    prepared?.close();
  }
  reply({ ok: true });
}

let handled = Promise.resolve();
process.on('message', (request: IndexerRequest) => {
  handled = handled
    .then(() => handle(request))
    .catch((error: unknown) =>
      reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
});

// The build ended without a job for this process (it failed, or had nothing to write).
process.on('disconnect', () => {
  if (settled) return;
  prepared?.close();
  process.exit(0);
});
