/**
 * Visual regression: the newsroom fixture site's page types at phone and desktop width, in both
 * colour schemes, compared with the references in tests/fixtures/screenshots (regenerate them
 * with `UPDATE=1` after an intended design change, and look at them before committing).
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../e2e/helpers/browser';
import { PROJECT_ROOT } from '../helpers/build-site';
import { compareScreenshot, MAX_DIFF_RATIO } from '../helpers/compare-screenshot';
import { loadLazyImages, SCREENSHOT_VIEWS } from '../helpers/screenshot-pages';
import { serveStatic, type RunningServer } from '../helpers/static-server';

const PAGES = {
  home: '/',
  article: '/articoli/la-mappa-del-5g-in-italia/',
  comments: '/articoli/xiaomi-arriva-negli-stati-uniti/',
  listing: '/categorie/smartphone/',
  search: '/cerca/',
} as const;

const REFERENCES = join(PROJECT_ROOT, 'tests/fixtures/screenshots');
const DIFFS = join(PROJECT_ROOT, 'node_modules/.cache/screenshot-diffs');
/** The top of each page is compared: enough for every block's layout, light in the repository. */
const MAX_HEIGHT = 2400;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // Built once for this file and `site.test.ts` by the project's global setup.
  [server, browser] = await Promise.all([serveStatic(inject('newsroomDir')), launchBrowser()]);
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe.each(SCREENSHOT_VIEWS)('$name', (view) => {
  it.each(Object.entries(PAGES))('%s looks like its reference', async (name, path) => {
    const context = await browser.newContext({
      viewport: { width: view.width, height: view.height },
      colorScheme: view.scheme,
      deviceScaleFactor: 1,
    });
    try {
      const page = await context.newPage();
      await page.goto(server.url + path, { waitUntil: 'load' });
      await loadLazyImages(page);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const shot = await page.screenshot({
        fullPage: true,
        animations: 'disabled',
        clip: { x: 0, y: 0, width: view.width, height: Math.min(height, MAX_HEIGHT) },
      });
      const file = `${name}-${view.name}.png`;
      const result = compareScreenshot(shot, join(REFERENCES, file), join(DIFFS, file));
      if (result.status === 'missing') expect.fail(`${file}: no reference (run with UPDATE=1)`);
      if (result.status === 'size') {
        expect.fail(`${file}: page is ${result.actual}, reference ${result.expected}`);
      }
      if (result.status === 'compared') {
        expect(result.diffRatio, `${file} differs; diff image: ${result.diffFile}`).toBeLessThan(
          MAX_DIFF_RATIO,
        );
      }
    } finally {
      await context.close();
    }
  });
});
