/**
 * The built site runs under its own `_headers` Content-Security-Policy: the pages a reader opens,
 * search included, trigger no violation in real Chromium.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from './helpers/served-site';

const site = useServedSite({ applyHeaders: true });

/** A page that records every CSP violation it reports, from the document or from the console. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await site.browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text()))
      violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  // Init scripts are injected by the browser, outside the page's CSP, so the listener is there
  // before the first element is parsed.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (t: string) => void })
        .reportCspViolation;
      report(
        `${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return { page, violations };
}

/**
 * The paths `page` fetches, as a live list. Pagefind fetches the index from its worker: the
 * context sees those requests, the page not.
 */
function fetchedPaths(page: Page): string[] {
  const fetched: string[] = [];
  page.context().on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  return fetched;
}

describe('Content-Security-Policy of the built site', () => {
  it('is sent with every page', async () => {
    const response = await fetch(`${site.url}/`);
    expect(response.headers.get('content-security-policy')).toContain(
      "script-src 'self' 'wasm-unsafe-eval'",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('reports a violation when one happens, so silence below means something', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${site.url}/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(
      await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan),
    ).toBeUndefined();
    await page.close();
  });

  it.each([
    ['the home page', '/'],
    [
      'an article with a cover and highlighted code',
      '/articoli/come-verificare-una-iso-di-linux-prima-di-installarla/',
    ],
    ['an article with comments', '/articoli/perche-l-ia-e-ovunque-anche-nel-frigorifero/'],
  ])('finds no violation on %s', async (_, path) => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets search load its index and WebAssembly and show results, with no violation', async () => {
    const { page, violations } = await watchedPage();
    const fetched = fetchedPaths(page);
    await page.goto(`${site.url}/cerca/?q=batterie`);
    await page.locator('[data-search-results] li').first().waitFor();
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(fetched.some((path) => /^\/pagefind\/wasm\.\w+\.pagefind$/.test(path))).toBe(true);
    expect(fetched.some((path) => path.endsWith('.pf_fragment'))).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets search fetch the list of the older articles and merge them, with no violation', async () => {
    const { page, violations } = await watchedPage();
    const fetched = fetchedPaths(page);
    await page.goto(`${site.url}/cerca/?q=batterie&archivio=1`);
    await page.locator('[data-search-scope]', { hasText: 'tutto l’archivio' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(fetched).toContain('/pagefind/anni.json');
    expect(fetched.some((path) => path.startsWith('/pagefind/anni/'))).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });
});
