/**
 * The indexing child process with its real Pagefind binary: record texts it worked out before
 * the job are the ones indexed, and a child stopped or killed before its job ends cleanly.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { INDEX_CONTEXT, spawnIndexer } from '../../../src/integrations/search-indexer';
import { articleFrontmatterSchema } from '../../../src/schemas/article';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function cacheRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'rotativa-indexer-'));
  roots.push(root);
  return root;
}

const data = (title: string) => articleFrontmatterSchema.parse({ title, date: '2024-03-01' });

/** The indexed text of every record of a written shard. */
function shardContents(root: string, digest: string): string[] {
  const dir = join(root, digest, 'fragment');
  return readdirSync(dir)
    .map((file) => gunzipSync(readFileSync(join(dir, file))).toString('utf8'))
    .map((text) => (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { content: string }).content)
    .sort();
}

const gone = (pid: number | undefined) => () => {
  expect(() => process.kill(pid ?? 0, 0)).toThrow();
};

const WAIT = { timeout: 30_000, interval: 50 };

describe('spawnIndexer', () => {
  it('indexes the text it prepared before the job, and works out the others as they come', async () => {
    const root = cacheRoot();
    const indexer = spawnIndexer({ cacheRoot: root, context: INDEX_CONTEXT });
    // Prepared from one body and sent in the job with another: the shard shows which it indexed.
    indexer.prepare({ slug: 'preparato', data: data('Preparato'), body: 'Testo di prima.' });
    const job = [
      { slug: 'preparato', data: data('Preparato'), body: 'Testo del lavoro.', excerpt: '' },
      { slug: 'altro', data: data('Altro'), body: 'Testo mai preparato.', excerpt: '' },
    ];
    await indexer.index([{ digest: 'parte', articles: job }], 60_000);
    expect(shardContents(root, 'parte')).toEqual([
      'Altro. Testo mai preparato.',
      'Preparato. Testo di prima.',
    ]);
    expect(readdirSync(root).filter((name) => name.startsWith('prepared.'))).toEqual([]);
  });

  it('ends when stopped before a job, and removes what it prepared', async () => {
    const root = cacheRoot();
    const indexer = spawnIndexer({ cacheRoot: root, context: INDEX_CONTEXT });
    indexer.prepare({ slug: 'uno', data: data('Uno'), body: 'Testo.' });
    const prepared = join(root, `prepared.${indexer.pid}.tmp`);
    await vi.waitFor(() => expect(existsSync(prepared)).toBe(true), WAIT);
    indexer.stop();
    await vi.waitFor(gone(indexer.pid), WAIT);
    expect(existsSync(prepared)).toBe(false);
  });

  it('fails its job with an Italian message when it died before it', async () => {
    const indexer = spawnIndexer({ cacheRoot: cacheRoot(), context: INDEX_CONTEXT });
    process.kill(indexer.pid ?? 0, 'SIGKILL');
    await vi.waitFor(gone(indexer.pid), WAIT);
    await expect(indexer.index([], 60_000)).rejects.toThrow(
      'Indice di ricerca non creato: il processo di indicizzazione è terminato con SIGKILL.',
    );
  });
});
