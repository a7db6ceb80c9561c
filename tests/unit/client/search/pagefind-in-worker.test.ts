import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  servePagefind,
  startPagefind,
  type PagefindCalls,
} from '../../../../src/client/search/pagefind-in-worker';
import type { PagefindApi, PagefindResultData } from '../../../../src/lib/search/pagefind-api';

// A garbage collection on demand: Comlink lets a search's results go when the page's proxy of
// them is collected.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const data = (url: string, excerpt: string): PagefindResultData => ({
  url,
  content: excerpt,
  locations: [0],
  excerpt,
  meta: { title: url },
  filters: {},
  word_count: 1,
});

/**
 * A stand-in for Pagefind in the worker: two pages, excerpts that name the search's words;
 * `onResults` sees each search's results as the worker holds them.
 */
function fakePagefind(onResults: (results: object, term: string) => void = () => undefined) {
  const calls: string[] = [];
  const api: PagefindApi = {
    options: (options) => Promise.resolve(void calls.push(`options ${JSON.stringify(options)}`)),
    init: () => Promise.resolve(void calls.push('init')),
    mergeIndex: (path) =>
      path === '/pagefind/anni/2019/'
        ? Promise.resolve(void calls.push(`merge ${path}`))
        : Promise.reject(new Error(`no shard at ${path}`)),
    preload: (term) => Promise.resolve(void calls.push(`preload ${term}`)),
    search: (term, options) => {
      calls.push(`search ${term} ${JSON.stringify(options ?? {})}`);
      const results = ['/a/', '/b/'].map((url, i) => ({
        id: `id${i}`,
        score: 2 - i,
        data: () => Promise.resolve(data(url, `${url} ${term}`)),
      }));
      onResults(results, String(term));
      return Promise.resolve({
        results,
        unfilteredResultCount: 2,
        filters: { categoria: { Scienza: 1 } },
        totalFilters: { categoria: { Scienza: 2 } },
      });
    },
    filters: () => Promise.resolve({}),
    destroy: () => Promise.resolve(),
  };
  return { api, calls };
}

/** The page's side and the worker's side of one channel. */
function connect(pagefind: Promise<PagefindApi>) {
  const { port1, port2 } = new MessageChannel();
  servePagefind(pagefind, port2);
  return {
    start: () => startPagefind(port1, { excerptLength: 26 }),
    close: () => [port1, port2].forEach((port) => port.close()),
  };
}

/** Collects garbage, turn after turn, until `done` or for at most 50 turns. */
async function collectUntil(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 50 && !done(); turn++) {
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('startPagefind', () => {
  it('sets the options, then starts Pagefind in the worker', async () => {
    const { api, calls } = fakePagefind();
    const { start, close } = connect(Promise.resolve(api));
    await start();
    expect(calls).toEqual(['options {"excerptLength":26}', 'init']);
    close();
  });

  it("rejects with Pagefind's own error when it could not be loaded in the worker", async () => {
    const { start, close } = connect(Promise.reject(new Error('404 /pagefind/pagefind.js')));
    await expect(start()).rejects.toThrow('404 /pagefind/pagefind.js');
    close();
  });

  it("rejects when the worker's script stops before answering", async () => {
    const worker = Object.assign(new EventTarget(), { postMessage: () => undefined });
    const started = startPagefind(worker, { excerptLength: 26 });
    worker.dispatchEvent(new Event('error'));
    await expect(started).rejects.toThrow('Il worker della ricerca si è fermato');
  });
});

describe('servePagefind', () => {
  /** Pagefind started in the worker, its calls made from the page. */
  async function started(
    api: PagefindApi,
  ): Promise<{ pagefind: PagefindCalls; close: () => void }> {
    const { start, close } = connect(Promise.resolve(api));
    return { pagefind: await start(), close };
  }

  it('answers a search with its counts and results, each loading its data from the worker', async () => {
    const { api, calls } = fakePagefind();
    const { pagefind, close } = await started(api);
    const response = await pagefind.search('batteria', { filters: { categoria: { any: [] } } });
    expect(response.unfilteredResultCount).toBe(2);
    expect(response.filters).toEqual({ categoria: { Scienza: 1 } });
    expect(response.totalFilters).toEqual({ categoria: { Scienza: 2 } });
    expect(response.results.map(({ id, score }) => [id, score])).toEqual([
      ['id0', 2],
      ['id1', 1],
    ]);
    // A later search does not change what an earlier one's results load.
    await pagefind.search('litio');
    expect((await response.results[1]!.data()).excerpt).toBe('/b/ batteria');
    expect(calls.slice(2)).toEqual([
      'search batteria {"filters":{"categoria":{"any":[]}}}',
      'search litio {}',
    ]);
    close();
  });

  it('passes preloads and merges to Pagefind in the order they were asked', async () => {
    const { api, calls } = fakePagefind();
    const { pagefind, close } = await started(api);
    await Promise.all([pagefind.preload('batt'), pagefind.mergeIndex('/pagefind/anni/2019/')]);
    expect(calls.slice(2)).toEqual(['preload batt', 'merge /pagefind/anni/2019/']);
    close();
  });

  it("rejects a call with the worker's error", async () => {
    const { api } = fakePagefind();
    const { pagefind, close } = await started(api);
    await expect(pagefind.mergeIndex('/pagefind/anni/1999/')).rejects.toThrow(
      'no shard at /pagefind/anni/1999/',
    );
    close();
  });

  it("keeps a search's results in the worker while the page holds one, and no longer", async () => {
    const released = new Set<string>();
    const registry = new FinalizationRegistry<string>((term) => released.add(term));
    const { api } = fakePagefind((results, term) => registry.register(results, term));
    const { pagefind, close } = await started(api);
    const held = (await pagefind.search('litio')).results[1]!;
    // The page reads the first result of a search, then drops them all.
    await (async () => {
      const { results } = await pagefind.search('batteria');
      expect((await results[0]!.data()).url).toBe('/a/');
    })();
    await collectUntil(() => released.has('batteria'));
    expect([...released]).toEqual(['batteria']);
    expect((await held.data()).excerpt).toBe('/b/ litio');
    close();
  });
});
