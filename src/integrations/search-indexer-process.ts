/**
 * Child-process entry of the search indexer (`search-indexer.ts` starts it): takes its job over
 * IPC, asks for the articles of a shard when it needs them, one message a shard (so neither
 * process holds a second copy of every article's text), writes the shards and reports the
 * outcome. Node loads this file with its own type stripping, so it imports only packages and
 * uses only erasable TypeScript.
 */
import { register } from 'tsx/esm/api';
import type { IndexerMessage, IndexerReply, ShardAnswer } from './search-indexer';
import type { IndexJob } from '../lib/search/index-content';
import type { SearchArticle } from '../lib/search/search-records';

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

/** The articles of the shard at `position`, from the build. */
function requestArticles(position: number): Promise<SearchArticle[]> {
  // Waiting for the answer is work in progress: the channel keeps the process alive meanwhile.
  process.channel?.ref();
  return new Promise((resolve) => {
    process.once('message', ({ articles }: ShardAnswer) => {
      process.channel?.unref();
      resolve(articles);
    });
    process.send?.({ next: position } satisfies IndexerMessage);
  });
}

async function run(job: IndexJob): Promise<void> {
  // The channel alone must not keep the process alive, or an empty loop would never be noticed.
  process.channel?.unref();
  // The indexing modules are TypeScript with extensionless imports, which only tsx resolves.
  register();
  const { indexContent } = (await import(
    new URL('../lib/search/index-content.ts', import.meta.url).href
  )) as typeof import('../lib/search/index-content');
  reply({ ok: true, outcome: await indexContent(job, requestArticles) });
}

process.once('message', (job: IndexJob) => {
  run(job).catch((error: unknown) =>
    reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
