/**
 * `/cerca/` in real headless Chromium, on the sample site built once by the e2e setup and served
 * on loopback with its production headers (Content-Security-Policy included).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './helpers/browser';
import { useServedSite } from './helpers/served-site';

const XIAOMI =
  '/articoli/xiaomi-vuole-entrare-anche-nel-mercato-nordamericano-e-in-tempi-relativamente-brevi/';
const XIAOMI_TITLE = 'Xiaomi vuole entrare anche nel mercato nordamericano';
const SODIO_TITLE = 'Batterie al sodio, la chimica che può affiancare il litio';

const site = useServedSite({ applyHeaders: true });

/** A fresh page, with the script errors it reports. */
async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, errors };
}

/**
 * `expect.poll` with room for a cold start: the first search of a page also starts Pagefind's
 * worker and compiles its WebAssembly.
 */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

const status = (page: Page) => page.locator('[data-search-status]');
const filterGroup = (page: Page, name: string) => page.locator(`[data-filter="${name}"]`);
const titles = (page: Page) => page.locator('.search-result__title');

/** Opens `/cerca/` with `query` and waits for the search to settle on a summary. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto(`${site.url}/cerca/?q=${encodeURIComponent(query)}`);
  await eventually(() => status(page).textContent()).toMatch(/risultat/);
}

describe('/cerca/', () => {
  it('runs the search in the URL on load and lists the right article first', async () => {
    const { page, errors } = await newPage();
    await searchFor(page, 'xiaomi');
    expect(await page.locator('#cerca-pagina').inputValue()).toBe('xiaomi');
    await eventually(() => titles(page).first().textContent()).toContain(XIAOMI_TITLE);
    expect(await titles(page).first().locator('a').getAttribute('href')).toBe(XIAOMI);
    expect(await status(page).textContent()).toMatch(/^\d+ risultat[oi] per «xiaomi»$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows each result with title, category, Italian date and highlighted excerpt', async () => {
    const { page } = await newPage();
    await searchFor(page, 'nordamericano');
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-result__category').textContent()).toBe('Smartphone');
    expect(await first.locator('.search-result__date').textContent()).toBe('4 luglio 2018');
    expect((await first.locator('mark').allTextContents()).join(' ').toLowerCase()).toContain(
      'nordamericano',
    );
    await page.close();
  });

  it('finds an article through another form of its words (stemming)', async () => {
    const { page } = await newPage();
    // The article says "nordamericano"; nothing on the site says "nordamericani".
    await searchFor(page, 'nordamericani');
    expect(await titles(page).first().textContent()).toContain(XIAOMI_TITLE);
    await page.close();
  });

  it('narrows the results with a filter, and keeps it in the URL', async () => {
    const { page, errors } = await newPage();
    await searchFor(page, 'batterie');
    const before = await titles(page).count();
    expect(before).toBeGreaterThan(1);

    await filterGroup(page, 'categoria').locator('summary').click();
    await page.getByRole('checkbox', { name: /^Scienza/ }).check();
    await eventually(() => titles(page).count()).toBeLessThan(before);
    expect(await titles(page).allTextContents()).toEqual([SODIO_TITLE]);
    expect(await status(page).textContent()).toBe('1 risultato per «batterie» con i filtri scelti');
    expect(new URL(page.url()).search).toBe('?q=batterie&categoria=Scienza');

    // The shared URL opens the same narrowed search.
    await page.goto(page.url());
    await eventually(() => titles(page).allTextContents()).toEqual([SODIO_TITLE]);
    expect(await page.getByRole('checkbox', { name: /^Scienza/ }).isChecked()).toBe(true);
    // The other values of the opened filter follow, with their counts for these words.
    await eventually(() =>
      filterGroup(page, 'categoria').getByRole('checkbox').count(),
    ).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fetches a filter index only once its filter is opened, and a few fragments', async () => {
    const { page, errors } = await newPage();
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    const count = (suffix: string) => fetched.filter((path) => path.endsWith(suffix)).length;
    await searchFor(page, 'batterie');
    await page.waitForLoadState('networkidle');
    expect(count('.pf_filter')).toBe(0);
    expect(count('.pf_fragment')).toBe(await titles(page).count());
    expect(count('.pf_fragment')).toBeLessThanOrEqual(5);
    expect(count('pagefind-worker.js')).toBe(0);
    expect(await filterGroup(page, 'categoria').isVisible()).toBe(true);

    await filterGroup(page, 'categoria').locator('summary').click();
    const scienza = page.getByRole('checkbox', { name: /^Scienza \(\d+\)$/ });
    await eventually(() => scienza.count()).toBe(1);
    expect(count('.pf_filter')).toBe(1);
    expect(await filterGroup(page, 'categoria').locator('.search-filter__loading').count()).toBe(0);
    // The other filters still wait for the reader.
    expect(await filterGroup(page, 'anno').locator('.search-filter__loading').count()).toBe(1);

    await filterGroup(page, 'anno').locator('summary').click();
    const years = filterGroup(page, 'anno').getByRole('checkbox');
    await eventually(() => years.count()).toBeGreaterThan(0);
    expect(count('.pf_filter')).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows five results first and the rest on request, focusing the first new one', async () => {
    const { page } = await newPage();
    // A word every article of the site has.
    await searchFor(page, 'il');
    const total = Number((await status(page).textContent())?.match(/^\d+/)?.[0]);
    expect(total).toBeGreaterThan(5);
    expect(await titles(page).count()).toBe(5);
    const more = page.getByRole('button', { name: /^Mostra altri risultati/ });
    expect(await more.textContent()).toContain(`(5 di ${total})`);

    await more.click();
    await eventually(() => titles(page).count()).toBe(Math.min(total, 15));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      await titles(page).nth(5).textContent(),
    );
    await page.close();
  });

  it.each([
    ['an unknown word', 'zorblaxite'],
    ['a word Pagefind would stretch to a shorter one (`commenti` → `come`)', 'commenti'],
  ])('says "Nessun risultato" for %s', async (_, word) => {
    const { page } = await newPage();
    await searchFor(page, word);
    expect(await status(page).textContent()).toBe(`Nessun risultato per «${word}»`);
    expect(await titles(page).count()).toBe(0);
    expect(await page.locator('[data-search-hint]').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Filtra i risultati' }).isVisible()).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Ordina per' }).isVisible()).toBe(false);
    await page.close();
  });

  it('finds nothing for a word that appears only in the comments', async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}${XIAOMI}`);
    expect(await page.locator('#commenti').textContent()).toContain('xenofobi');
    expect(await page.locator('article.article').textContent()).not.toContain('xenofobi');

    await searchFor(page, 'xenofobi');
    expect(await status(page).textContent()).toBe('Nessun risultato per «xenofobi»');
    expect(await titles(page).count()).toBe(0);
    await page.close();
  });

  it('keeps the URL in step with typing, without adding history entries', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.url}${XIAOMI}`);
    await page.goto(`${site.url}/cerca/`);
    const entries = await page.evaluate(() => history.length);
    await page.locator('#cerca-pagina').pressSequentially('sodio', { delay: 40 });
    await eventually(() => new URL(page.url()).search).toBe('?q=sodio');
    await eventually(() => titles(page).first().textContent()).toBe(SODIO_TITLE);
    expect(await page.evaluate(() => history.length)).toBe(entries);

    // Back from a result returns to the search as last typed; back again leaves the page.
    await titles(page).first().locator('a').click();
    await page.waitForURL(/\/articoli\//);
    await page.goBack();
    await eventually(() => page.url()).toBe(`${site.url}/cerca/?q=sodio`);
    await eventually(() => titles(page).first().textContent()).toBe(SODIO_TITLE);
    await page.goBack();
    await eventually(() => page.url()).toBe(`${site.url}${XIAOMI}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is reached from the header form of an article page', async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}${XIAOMI}`);
    const header = page.getByRole('search', { name: 'Cerca nel sito' });
    await header.getByRole('searchbox').fill('batterie al sodio');
    await header.getByRole('searchbox').press('Enter');
    await page.waitForURL(`${site.url}/cerca/?q=batterie+al+sodio`);
    await eventually(() => titles(page).first().textContent()).toBe(SODIO_TITLE);
    await page.close();
  });

  it('orders results by date when asked', async () => {
    const { page } = await newPage();
    await searchFor(page, 'batterie');
    await page.getByRole('combobox', { name: 'Ordina per' }).selectOption('data');
    await eventually(() => new URL(page.url()).searchParams.get('ordine')).toBe('data');
    await eventually(async () => {
      const dates = await page.locator('.search-result__date').allTextContents();
      return dates.map((date) => Number(date.slice(-4)));
    }).toSatisfy(
      (years: number[]) =>
        years.length > 1 && years.every((year, i) => i === 0 || year <= years[i - 1]!),
    );
    await page.close();
  });

  it.each([
    ['with results and filters', '/cerca/?q=batterie'],
    ['with a filter picked and its values shown', '/cerca/?q=batterie&categoria=Scienza'],
    ['with no results', '/cerca/?q=zorblaxite'],
    ['before a search', '/cerca/'],
  ])('has no serious accessibility violation %s', async (_, path) => {
    const { page } = await newPage();
    await page.goto(`${site.url}${path}`);
    await eventually(() => status(page).textContent()).not.toBe('');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('article pages', () => {
  it('load no script at all', async () => {
    const { page } = await newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${site.url}${XIAOMI}`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await page.close();
  });
});
