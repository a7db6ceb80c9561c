/**
 * The real built site (from the e2e global setup) served on loopback, and a Chromium to open it,
 * started before a test file's tests and stopped after them.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveStatic, type RunningServer } from '../../helpers/static-server';

/** Accessors valid inside tests (after `beforeAll`). */
export interface ServedSite {
  readonly url: string;
  readonly browser: Browser;
}

/** Registers the hooks; `applyHeaders` serves with the production `_headers` (CSP included). */
export function useServedSite({ applyHeaders = false } = {}): ServedSite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([
      serveStatic(inject('siteDir'), { applyHeaders }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('the site is served from beforeAll on');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
  };
}
