/**
 * The worker's side of `pagefind-in-worker.ts`: runs Pagefind's calls as the page asks for
 * them and keeps each search's results until the page lets them go, so their `data()` can be
 * called later ("Mostra altri risultati").
 */
import type { PagefindApi, PagefindResult } from '../../lib/search/pagefind-api';
import type { PagefindHostCalls, PagefindReply, PagefindRequest } from './pagefind-in-worker';

/** The worker's global scope, or a `MessagePort`: where requests come from. */
export interface PagefindHostPort {
  postMessage: (message: PagefindReply) => void;
  addEventListener: (
    type: 'message',
    listener: (event: MessageEvent<PagefindRequest>) => void,
  ) => void;
}

function hostCalls(pagefind: Promise<PagefindApi>): PagefindHostCalls {
  const kept = new Map<number, PagefindResult[]>();
  let searches = 0;
  return {
    options: async (options) => (await pagefind).options(options),
    init: async () => (await pagefind).init(),
    mergeIndex: async (path) => (await pagefind).mergeIndex(path),
    preload: async (term, options) => (await pagefind).preload(term, options),
    search: async (term, options) => {
      const { results, ...counts } = await (await pagefind).search(term, options);
      const search = ++searches;
      kept.set(search, results);
      return { ...counts, search, results: results.map(({ id, score }) => ({ id, score })) };
    },
    data: async (search, index) => {
      const result = kept.get(search)?.[index];
      if (!result) throw new Error(`Risultato ${index} della ricerca ${search} non disponibile`);
      return result.data();
    },
    release: (search) => Promise.resolve(void kept.delete(search)),
  };
}

/** Answers on `port` the calls of `pagefindInWorker`, with the Pagefind `pagefind` resolves to. */
export function servePagefind(port: PagefindHostPort, pagefind: Promise<PagefindApi>): void {
  // Its failure is each call's answer.
  pagefind.catch(() => undefined);
  const calls = hostCalls(pagefind);
  port.addEventListener('message', ({ data: { id, method, args } }) => {
    const run = calls[method] as (...values: unknown[]) => Promise<unknown>;
    run(...args).then(
      (result) => port.postMessage({ id, result }),
      (error: unknown) =>
        port.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
