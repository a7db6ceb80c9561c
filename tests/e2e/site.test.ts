/**
 * The sample site (`tests/fixtures/sites/sample`, built once by the global setup) in headless
 * Chromium, served on loopback: navigation from the home page to an article, accessibility
 * (axe-core) in the light and dark color schemes, and a phone-sized layout without sideways
 * scrolling.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedSite } from './helpers/served-site';
import { seriousAxeViolations } from './helpers/browser';

/** The article with a comment thread, the richest page of the sample content. */
const ARTICLE_WITH_COMMENTS = '/articoli/perche-l-ia-e-ovunque-anche-nel-frigorifero/';

const PAGES = [
  ['the home page', '/'],
  ['an article with comments', ARTICLE_WITH_COMMENTS],
  [
    'an article with highlighted code',
    '/articoli/come-verificare-una-iso-di-linux-prima-di-installarla/',
  ],
  ['a category listing', '/categorie/smartphone/'],
  ['a tag listing', '/tag/intelligenza-artificiale/'],
  ['an author profile', '/autori/giulia-ferri/'],
  ['the category index', '/categorie/'],
  ['the tag index', '/tag/'],
  ['the author index', '/autori/'],
  ['the archive', '/archivio/'],
  ['an archive year', '/archivio/2018/'],
  ['an archive month', '/archivio/2018/07/'],
  ['the search page', '/cerca/'],
  ['the 404 page', '/404.html'],
] as const;

const site = useServedSite();

/** A fresh browser context, closed when `use` is done. */
async function withContext<T>(
  options: Parameters<Browser['newContext']>[0],
  use: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await site.browser.newContext(options);
  try {
    return await use(context);
  } finally {
    await context.close();
  }
}

describe('navigation', () => {
  it('follows the first article of the home page to a page whose <h1> is the link text', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      const response = await page.goto(`${site.url}/`);
      expect(response?.status()).toBe(200);
      const link = page.locator('main .card__title a').first();
      const linkText = (await link.innerText()).trim();
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/articoli\/[a-z0-9-]+\/$/);
      await Promise.all([page.waitForURL(`${site.url}${href}`), link.click()]);
      await expect(page.locator('h1').innerText()).resolves.toBe(linkText);
      expect(await page.title()).toBe(`${linkText} | Rotativa`);
    });
  });

  it('serves the 404 page, in Italian, for an unknown address', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      const response = await page.goto(`${site.url}/articoli/non-esiste/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').innerText()).resolves.toBe('Pagina non trovata');
    });
  });
});

describe.each(['light', 'dark'] as const)('accessibility in the %s color scheme', (colorScheme) => {
  it.each(PAGES)('%s (%s) has no serious or critical axe violations', async (_, path) => {
    const violations = await withContext({ colorScheme }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      // The scheme really applies: the page background follows the reader's preference.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const brightness = (background.match(/\d+/g) ?? [])
        .slice(0, 3)
        .reduce((sum, c) => sum + Number(c), 0);
      if (colorScheme === 'dark') expect(brightness, background).toBeLessThan(150);
      else expect(brightness, background).toBeGreaterThan(600);
      return seriousAxeViolations(page);
    });
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
});

describe('phone layout', () => {
  it.each(PAGES)(
    '%s (%s) fits a 390 px wide screen without sideways scrolling',
    async (_, path) => {
      await withContext(
        { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 },
        async (context) => {
          const page = await context.newPage();
          await page.goto(`${site.url}${path}`);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(width).toBeLessThanOrEqual(390);
        },
      );
    },
  );
});
