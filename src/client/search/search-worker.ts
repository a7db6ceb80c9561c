/**
 * The search page's Web Worker: Pagefind's JS API, loaded from the built bundle and run here
 * (in its own single-thread mode, as a worker has no `window`), answering the page's calls.
 */
import type { PagefindApi } from '../../lib/search/pagefind-api';
import { PAGEFIND_BUNDLE } from '../../lib/search/pagefind-bundle';
import { servePagefind } from './pagefind-in-worker';

servePagefind(
  // A runtime URL: the bundle is written after Vite has built this script.
  import(/* @vite-ignore */ PAGEFIND_BUNDLE.script) as Promise<PagefindApi>,
);
