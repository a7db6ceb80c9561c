/**
 * A link check over the built site with linkinator, offline: every page reachable from the home
 * page is crawled, and every internal link, image, script, stylesheet, fragment and URL in
 * JSON-LD must resolve. Links to other sites are skipped; absolute links to the site's own
 * address (canonical, feeds, structured data) are checked on the local copy.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LinkChecker, LinkState, type CrawlResult } from 'linkinator';
import { serveStatic, type RunningServer } from '../helpers/static-server';
import { SITE } from '../../src/site.config';

let server: RunningServer;
let result: CrawlResult;

beforeAll(async () => {
  server = await serveStatic(inject('siteDir'));
  result = await new LinkChecker().check({
    // The search page is reached through the header's form, the error page by a missing URL:
    // neither is a link, so they are crawled from the start.
    path: [`${server.url}/`, `${server.url}/cerca/`, `${server.url}/404.html`],
    recurse: true,
    checkFragments: true,
    checkCss: true,
    redirects: 'error',
    concurrency: 8,
    urlRewriteExpressions: [
      {
        pattern: new RegExp(`^${SITE.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
        replacement: server.url,
      },
    ],
    linksToSkip: (link) => Promise.resolve(!link.startsWith(server.url)),
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('links of the built site', () => {
  it('crawls the whole site: articles, listings, feeds, search and assets', () => {
    const checked = result.links
      .filter((link) => link.state !== LinkState.SKIPPED)
      .map((link) => new URL(link.url).pathname);
    for (const path of [
      '/articoli/',
      '/categorie/',
      '/tag/',
      '/autori/',
      '/archivio/',
      '/cerca/',
      '/rss.xml',
      // Not `/pagefind/`: the search page's worker loads Pagefind's script from a URL in its code,
      // which no page links (tests/e2e/search.test.ts checks that the worker loads it).
      '/_astro/',
    ]) {
      expect(
        checked.some((checkedPath) => checkedPath.startsWith(path)),
        path,
      ).toBe(true);
    }
  });

  it('checks the absolute links to the site itself on the local copy', () => {
    expect(result.links.some((link) => link.url.startsWith(SITE.url))).toBe(false);
    // Every article page is reached and answers: its canonical URL is one of those absolute links.
    const ok = new Set(
      result.links
        .filter((link) => link.state === LinkState.OK)
        .map((link) => new URL(link.url).pathname),
    );
    const articles = readdirSync(join(inject('siteDir'), 'articoli'));
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.filter((slug) => !ok.has(`/articoli/${slug}/`))).toEqual([]);
  });

  it('finds no broken internal link or missing asset', () => {
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.status ?? '?'} ${link.url} (in ${link.parent ?? '?'})`);
    expect(broken).toEqual([]);
    expect(result.passed).toBe(true);
  });
});
