/**
 * Child-process entry of the search indexer (`search-indexer.ts` starts it): takes its job over
 * IPC (its header, then one message a shard), writes the shards and reports the outcome. Node loads this file with its own type
 * stripping, so it imports only packages and uses only erasable TypeScript.
 */
import { register } from 'tsx/esm/api';
import type { IndexerReply, ShardMessage } from './search-indexer';
import type { IndexHeader, IndexShard } from '../lib/search/index-content';

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
 * The shards the build sends, in order, each dropped from the queue once taken: listening starts
 * at the call, since the messages follow the header at once.
 */
function shardsFromBuild(): AsyncIterable<IndexShard> {
  const received: ShardMessage[] = [];
  let arrived = () => {};
  process.on('message', (message: ShardMessage) => {
    received.push(message);
    arrived();
  });
  return (async function* () {
    for (;;) {
      // Waiting for the build is work in progress: the channel keeps the process alive meanwhile.
      process.channel?.ref();
      while (received.length === 0) await new Promise<void>((resolve) => (arrived = resolve));
      process.channel?.unref();
      const { shard } = received.shift() as ShardMessage;
      if (!shard) return;
      yield shard;
    }
  })();
}

async function run(header: IndexHeader, shards: AsyncIterable<IndexShard>): Promise<void> {
  // The channel alone must not keep the process alive, or an empty loop would never be noticed.
  process.channel?.unref();
  // The indexing modules are TypeScript with extensionless imports, which only tsx resolves.
  register();
  const { indexContent } = (await import(
    new URL('../lib/search/index-content.ts', import.meta.url).href
  )) as typeof import('../lib/search/index-content');
  await indexContent(header, shards);
  reply({ ok: true });
}

process.once('message', (header: IndexHeader) => {
  run(header, shardsFromBuild()).catch((error: unknown) =>
    reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
