/**
 * The built site on Cloudflare's own runtime (`wrangler dev`, workerd, with `wrangler.jsonc`),
 * opened in Chromium: the headers `_headers` writes and the redirects `_redirects` lists must
 * reach the browser as written, and the CSP must really block what it forbids.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './helpers/browser';
import { serveWithWrangler, type WranglerSite } from './helpers/wrangler-dev';
import { matchesPattern, parseHeadersFile, type HeaderRule } from '../helpers/static-server';

let site: WranglerSite;
let browser: Browser;
let page: Page;
let siteDir: string;
let rules: HeaderRule[];

/** What `_headers` says `path` gets for `name`, joined as the CDNs join two rules' values. */
const written = (path: string, name: string): string =>
  rules
    .filter((rule) => matchesPattern(rule.pattern, path))
    .flatMap((rule) => rule.headers.filter(([key]) => key.toLowerCase() === name))
    .map(([, value]) => value)
    .join(', ');

beforeAll(async () => {
  siteDir = inject('siteDir');
  rules = parseHeadersFile(readFileSync(join(siteDir, '_headers'), 'utf8'));
  [site, browser] = await Promise.all([serveWithWrangler(siteDir), launchBrowser()]);
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('the site on Cloudflare (wrangler dev)', () => {
  it('sends every header _headers writes for a page, the CSP among them', async () => {
    const response = await page.goto(`${site.url}/`);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    for (const name of [
      'content-security-policy',
      'x-content-type-options',
      'referrer-policy',
      'permissions-policy',
      'cache-control',
    ])
      expect(headers[name], name).toBe(written('/', name));
    expect(headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it('caches hashed assets for a year and pages not at all', async () => {
    const responses = new Map<string, string>();
    page.on('response', (response) => {
      responses.set(new URL(response.url()).pathname, response.headers()['cache-control'] ?? '');
    });
    const article = readdirSync(join(siteDir, 'articoli'))[0] ?? '';
    await page.goto(`${site.url}/articoli/${article}/`);
    const assets = [...responses].filter(([path]) => path.startsWith('/_astro/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const [path, cacheControl] of assets) {
      expect(cacheControl, path).toBe(written(path, 'cache-control'));
      expect(cacheControl, path).toBe('public, max-age=31536000, immutable');
    }
    expect(responses.get(`/articoli/${article}/`)).toBe('public, max-age=0, must-revalidate');
  });

  it('has the browser enforce the CSP: an inline script is refused', async () => {
    await page.goto(`${site.url}/`);
    const violations = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          document.addEventListener('securitypolicyviolation', (event) => {
            seen.push(event.violatedDirective);
            resolve(seen);
          });
          const script = document.createElement('script');
          script.textContent = 'window.injected = true';
          document.body.append(script);
        }),
    );
    expect(violations).toEqual(['script-src-elem']);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  });

  it('answers every _redirects line with a 301 to its target', async () => {
    const lines = readFileSync(join(siteDir, '_redirects'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const [from = '', to = '', status = ''] = line.split(' ');
      const response = await page.goto(`${site.url}${from}`);
      const first = response?.request().redirectedFrom();
      const hop = await first?.response();
      expect(hop?.status(), from).toBe(Number(status));
      expect(new URL(hop?.headers()['location'] ?? '', site.url).pathname, from).toBe(to);
      expect(new URL(response?.url() ?? '').pathname, from).toBe(to);
      expect(response?.status(), from).toBe(200);
    }
  });
});
