/**
 * Pagefind's browser API run in a Web Worker of the page's own (`search-worker.ts`), its calls
 * carried by Comlink: `servePagefind` answers them in the worker, `startPagefind` makes them from
 * the page. Pagefind's own worker mode still evaluates its whole `pagefind.js` on the page's
 * thread (its decompression tables and both code paths); here that script never runs there at
 * all (docs/performance.md, "Issue 11, session 11").
 *
 * @see https://github.com/GoogleChromeLabs/comlink
 */
import { expose, transferHandlers, wrap, type Endpoint, type TransferHandler } from 'comlink';
import type {
  PagefindApi,
  PagefindResultData,
  PagefindSearchResponse,
} from '../../lib/search/pagefind-api';

/** The part of Pagefind's API the search page calls. */
export type PagefindCalls = Pick<
  PagefindApi,
  'options' | 'init' | 'mergeIndex' | 'search' | 'preload'
>;

/** A search's answer as it crosses the thread: its results without their `data()`. */
interface SentSearch extends Omit<PagefindSearchResponse, 'results'> {
  results: { id: string; score: number }[];
  /** Where the worker answers `data()` of a result, by its index. */
  port: MessagePort;
}

type ResultData = (index: number) => Promise<PagefindResultData>;

/**
 * Sends a search's answer, whose results hold functions that cannot be cloned: the results stay
 * in the worker, answering `data()` on a channel of the search's own, so "Mostra altri risultati"
 * loads their fragments later. Comlink closes the channel, and the worker lets the results go,
 * once the page's proxy of it is collected: when no result of that search is reachable any more.
 */
const searchResponses: TransferHandler<PagefindSearchResponse, SentSearch> = {
  canHandle: (value): value is PagefindSearchResponse =>
    typeof value === 'object' && value !== null && 'results' in value && 'totalFilters' in value,
  serialize: ({ results, ...counts }) => {
    const { port1, port2 } = new MessageChannel();
    expose(((index) => results[index]!.data()) satisfies ResultData, port1);
    const sent = results.map(({ id, score }) => ({ id, score }));
    return [{ ...counts, results: sent, port: port2 }, [port2]];
  },
  deserialize: ({ port, results, ...counts }) => {
    port.start();
    const data = wrap<ResultData>(port);
    return { ...counts, results: results.map((r, index) => ({ ...r, data: () => data(index) })) };
  },
};
transferHandlers.set('pagefind-search', searchResponses);

/**
 * Answers on `endpoint` (by default the worker's global scope) Pagefind's calls, with the
 * Pagefind `pagefind` resolves to: calls made before it has loaded wait for it, and its failure
 * is each one's answer.
 */
export function servePagefind(pagefind: Promise<PagefindApi>, endpoint?: Endpoint): void {
  pagefind.catch(() => undefined);
  expose(
    {
      options: async (options) => (await pagefind).options(options),
      init: async () => (await pagefind).init(),
      mergeIndex: async (path) => (await pagefind).mergeIndex(path),
      preload: async (term, options) => (await pagefind).preload(term, options),
      search: async (term, options) => (await pagefind).search(term, options),
    } satisfies PagefindCalls,
    endpoint,
  );
}

/**
 * Pagefind's API in the worker at `endpoint`, set with `options` and started. Rejects when the
 * worker's script fails to load or throws, as nothing will answer then: that can only happen
 * before its first answer.
 */
export async function startPagefind(
  endpoint: Endpoint,
  options: Parameters<PagefindApi['options']>[0],
): Promise<PagefindCalls> {
  const stopped = new Promise<never>((_, reject) =>
    endpoint.addEventListener('error', () =>
      reject(new Error('Il worker della ricerca si è fermato')),
    ),
  );
  stopped.catch(() => undefined);
  const pagefind = wrap<PagefindCalls>(endpoint);
  await Promise.race([stopped, pagefind.options(options)]);
  await Promise.race([stopped, pagefind.init()]);
  return pagefind;
}
