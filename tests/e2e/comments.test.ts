/**
 * The comment thread of the sample site's seed article (imported from the legacy dump) in headless
 * Chromium: the 16 comments in order, the count in the byline, working `#commento-<id>` anchors,
 * accessibility of the thread in both color schemes, and no JavaScript at all.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './helpers/browser';
import { useServedSite } from './helpers/served-site';

const SEED_ARTICLE =
  '/articoli/xiaomi-vuole-entrare-anche-nel-mercato-nordamericano-e-in-tempi-relativamente-brevi/';
const COMMENTS = '#commenti article[id^="commento-"]';

const site = useServedSite();

/** Opens the seed article (plus `hash`) in a fresh context, closed when `use` is done. */
async function onSeedArticle<T>(
  use: (page: Page) => Promise<T>,
  options: BrowserContextOptions = {},
  hash = '',
): Promise<T> {
  const context = await site.browser.newContext(options);
  try {
    const page = await context.newPage();
    await page.goto(`${site.url}${SEED_ARTICLE}${hash}`);
    return await use(page);
  } finally {
    await context.close();
  }
}

/** The id of the element the URL fragment targets, if any. */
const targetId = (page: Page) => page.evaluate(() => document.querySelector(':target')?.id);

describe('the seed article’s comments', () => {
  it('shows "Commenti (16)" and 16 comments, oldest first as the dump had them newest first', async () => {
    await onSeedArticle(async (page) => {
      await expect(page.locator('#commenti h2').innerText()).resolves.toBe('Commenti (16)');
      const bodies = page.locator(`${COMMENTS} .text`);
      await expect(bodies.count()).resolves.toBe(16);
      await expect(bodies.first().innerText()).resolves.toBe(
        'Spero non facciano la fine di LeEco...',
      );
      await expect(bodies.last().innerText()).resolves.toMatch(/^Si ma leEco si espansa/);
      await expect(page.locator(COMMENTS).count()).resolves.toBe(16);
    });
  });

  it('says "16 commenti" in the byline, linking to the thread', async () => {
    await onSeedArticle(async (page) => {
      const link = page.locator('.byline a[href$="#commenti"]');
      await expect(link.innerText()).resolves.toBe('16 commenti');
      await link.click();
      await expect(targetId(page)).resolves.toBe('commenti');
    });
  });

  it('opens a `#commento-<id>` address on that comment', async () => {
    const id = await onSeedArticle((page) => page.locator(COMMENTS).nth(9).getAttribute('id'));
    expect(id).toMatch(/^commento-/);
    await onSeedArticle(
      async (page) => {
        await expect(targetId(page)).resolves.toBe(id);
        await expect(page.locator(`[id="${id}"]`).isVisible()).resolves.toBe(true);
        // The page scrolled down to it: the thread is far below the fold of a phone screen.
        await expect(page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(0);
      },
      { viewport: { width: 390, height: 844 } },
      `#${id}`,
    );
  });

  it('targets a comment from its own permalink', async () => {
    await onSeedArticle(async (page) => {
      const comment = page.locator(COMMENTS).nth(4);
      const id = await comment.getAttribute('id');
      await comment.locator('a.permalink').click();
      await expect(targetId(page)).resolves.toBe(id);
      expect(new URL(page.url()).hash).toBe(`#${id}`);
    });
  });

  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violation in the %s color scheme',
    async (colorScheme) => {
      const violations = await onSeedArticle((page) => seriousAxeViolations(page, '#commenti'), {
        colorScheme,
      });
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    },
  );

  it('loads no JavaScript', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto(`${site.url}${SEED_ARTICLE}`, { waitUntil: 'networkidle' });
      expect(scripts).toEqual([]);
      await expect(page.locator('script:not([type="application/ld+json"])').count()).resolves.toBe(
        0,
      );
    } finally {
      await context.close();
    }
  });
});
