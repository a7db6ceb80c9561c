import { describe, expect, it } from 'vitest';
import {
  pagefindInWorker,
  type PagefindReply,
  type PagefindRequest,
} from '../../../../src/client/search/pagefind-in-worker';
import { servePagefind } from '../../../../src/client/search/pagefind-host';
import type { PagefindApi, PagefindResultData } from '../../../../src/lib/search/pagefind-api';

const data = (url: string, excerpt: string): PagefindResultData => ({
  url,
  content: excerpt,
  locations: [0],
  excerpt,
  meta: { title: url },
  filters: {},
  word_count: 1,
});

/** A stand-in for Pagefind in the worker: two pages, excerpts that name the search's words. */
function fakePagefind() {
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
      return Promise.resolve({
        results: ['/a/', '/b/'].map((url, i) => ({
          id: `id${i}`,
          score: 2 - i,
          data: () => Promise.resolve(data(url, `${url} ${term}`)),
        })),
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
  servePagefind(port2, pagefind);
  return { page: port1, pagefind: pagefindInWorker(port1) };
}

/** Sends a raw request on `port` and waits for its reply. */
function request(port: MessagePort, message: PagefindRequest): Promise<PagefindReply> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent<PagefindReply>) => {
      if (event.data.id !== message.id) return;
      port.removeEventListener('message', listener);
      resolve(event.data);
    };
    port.addEventListener('message', listener);
    port.postMessage(message);
  });
}

describe('pagefindInWorker', () => {
  it('answers a search with its counts and results, each loading its data from the worker', async () => {
    const { api, calls } = fakePagefind();
    const { pagefind, page } = connect(Promise.resolve(api));
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
    expect(calls).toEqual([
      'search batteria {"filters":{"categoria":{"any":[]}}}',
      'search litio {}',
    ]);
    page.close();
  });

  it('passes options, start, preloads and merges to Pagefind in the order they were asked', async () => {
    const { api, calls } = fakePagefind();
    const { pagefind, page } = connect(Promise.resolve(api));
    await Promise.all([
      pagefind.options({ excerptLength: 26 }),
      pagefind.init(),
      pagefind.preload('batt'),
      pagefind.mergeIndex('/pagefind/anni/2019/'),
    ]);
    expect(calls).toEqual([
      'options {"excerptLength":26}',
      'init',
      'preload batt',
      'merge /pagefind/anni/2019/',
    ]);
    page.close();
  });

  it("rejects a call with the worker's error", async () => {
    const { api } = fakePagefind();
    const { pagefind, page } = connect(Promise.resolve(api));
    await expect(pagefind.mergeIndex('/pagefind/anni/1999/')).rejects.toThrow(
      'no shard at /pagefind/anni/1999/',
    );
    page.close();
  });

  it('rejects every call when Pagefind could not be loaded in the worker', async () => {
    const { pagefind, page } = connect(Promise.reject(new Error('404 /pagefind/pagefind.js')));
    await expect(pagefind.init()).rejects.toThrow('404 /pagefind/pagefind.js');
    await expect(pagefind.search('batteria')).rejects.toThrow('404 /pagefind/pagefind.js');
    page.close();
  });

  it('rejects the pending calls when the worker stops', async () => {
    const port = Object.assign(new EventTarget(), { postMessage: () => undefined });
    const pagefind = pagefindInWorker(port);
    const search = pagefind.search('batteria');
    port.dispatchEvent(new Event('error'));
    await expect(search).rejects.toThrow('Il worker della ricerca si è fermato');
  });
});

describe('servePagefind', () => {
  it('keeps a search’s results until the page releases them', async () => {
    const { api } = fakePagefind();
    const { port1, port2 } = new MessageChannel();
    servePagefind(port2, Promise.resolve(api));
    port1.start();
    const found = await request(port1, { id: 1, method: 'search', args: ['batteria'] });
    const { search } = (found as { result: { search: number } }).result;
    expect(await request(port1, { id: 2, method: 'data', args: [search, 0] })).toMatchObject({
      result: { url: '/a/' },
    });
    await request(port1, { id: 3, method: 'release', args: [search] });
    expect(await request(port1, { id: 4, method: 'data', args: [search, 0] })).toEqual({
      id: 4,
      error: `Risultato 0 della ricerca ${search} non disponibile`,
    });
    port1.close();
  });
});
