/**
 * Pagefind's browser API run in a Web Worker of the page's own (`search-worker.ts`), seen from
 * the page: the same calls, answered over `postMessage` by `pagefind-host.ts`. Pagefind's own
 * worker mode still evaluates its whole `pagefind.js` on the page's thread (its decompression
 * tables and both code paths); here that script never runs there at all (docs/performance.md,
 * "Issue 11, session 11").
 */
import type {
  PagefindApi,
  PagefindResultData,
  PagefindSearchOptions,
  PagefindSearchResponse,
} from '../../lib/search/pagefind-api';

/** The part of Pagefind's API the search page calls. */
export type PagefindCalls = Pick<
  PagefindApi,
  'options' | 'init' | 'mergeIndex' | 'search' | 'preload'
>;

/** A search's answer as it crosses the thread: its results without their `data()`. */
export interface KeptSearch extends Omit<PagefindSearchResponse, 'results'> {
  /** Names the results kept in the worker until the page lets them go. */
  search: number;
  results: { id: string; score: number }[];
}

/** What the worker answers, method by method. */
export interface PagefindHostCalls {
  options: (options: Parameters<PagefindApi['options']>[0]) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<KeptSearch>;
  /** The fragment of result `index` of search `search`. */
  data: (search: number, index: number) => Promise<PagefindResultData>;
  /** Forgets the results of search `search`: the page holds none of them any more. */
  release: (search: number) => Promise<void>;
}

export interface PagefindRequest {
  id: number;
  method: keyof PagefindHostCalls;
  args: unknown[];
}

export type PagefindReply = { id: number; result: unknown } | { id: number; error: string };

/** A `Worker` or a `MessagePort`: where requests go and replies come from. */
export interface PagefindPort {
  postMessage: (message: PagefindRequest) => void;
  addEventListener: (type: 'message' | 'error', listener: (event: Event) => void) => void;
}

/** Pagefind's API over `port`. */
export function pagefindInWorker(port: PagefindPort): PagefindCalls {
  let next = 0;
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (e: Error) => void }
  >();
  port.addEventListener('message', (event) => {
    const reply = (event as MessageEvent<PagefindReply>).data;
    const call = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) call?.reject(new Error(reply.error));
    else call?.resolve(reply.result);
  });
  // The worker's script failed to load or threw: nothing will answer.
  port.addEventListener('error', () => {
    for (const { reject } of pending.values())
      reject(new Error('Il worker della ricerca si è fermato'));
    pending.clear();
  });
  const call = <M extends keyof PagefindHostCalls>(
    method: M,
    ...args: Parameters<PagefindHostCalls[M]>
  ): ReturnType<PagefindHostCalls[M]> => {
    const id = next++;
    const answer = new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    port.postMessage({ id, method, args });
    return answer as ReturnType<PagefindHostCalls[M]>;
  };
  // A search's results stay in the worker while any of them is reachable here.
  const release = new FinalizationRegistry<number>((search) => {
    call('release', search).catch(() => undefined);
  });
  return {
    options: (options) => call('options', options),
    init: () => call('init'),
    mergeIndex: (path) => call('mergeIndex', path),
    preload: (term, options) => call('preload', term, options),
    search: async (term, options) => {
      const { search, results, ...counts } = await call('search', term, options);
      const kept = { search };
      release.register(kept, search);
      return {
        ...counts,
        results: results.map((result, index) => ({
          ...result,
          data: () => call('data', kept.search, index),
        })),
      };
    },
  };
}
