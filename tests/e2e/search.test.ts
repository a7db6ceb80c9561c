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
const RICARICA_TITLE = 'Ricarica rapida, il calore è il vero nemico della batteria';
/**
 * The sample site's older shards, newest first: a year each, from the month of its first
 * article. The first step merges four of them, down to July 2019; the second, 2018.
 */
const FIRST_STEP = ['2024', '2023', '2021', '2019'];
const FIRST_STEP_SCOPE = 'Risultati dagli articoli da luglio 2019 a oggi.';
const OLDER = 'Cerca anche negli articoli più vecchi';

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
const scope = (page: Page) => page.locator('[data-search-scope]');

/**
 * The folders of the older shards `page`'s searches fetch from (`2024` for `/pagefind/anni/2024/`),
 * as a live list. Pagefind fetches the index from its worker: the context sees those requests,
 * the page not.
 */
function fetchedShards(page: Page): string[] {
  const shards: string[] = [];
  page.context().on('requestfinished', (request) => {
    const shard = /^\/pagefind\/anni\/([^/]+)\//.exec(new URL(request.url()).pathname)?.[1];
    if (shard !== undefined && !shards.includes(shard)) shards.push(shard);
  });
  return shards;
}

/** The list of the older shards, a file of the bundle the page fetches when it first needs it. */
const ARCHIVE_LIST = '/pagefind/anni.json';

/** How many times `page` has fetched the list of the older shards, as a live count. */
function listFetches(page: Page): { count: number } {
  const fetched = { count: 0 };
  page.context().on('requestfinished', (request) => {
    if (new URL(request.url()).pathname === ARCHIVE_LIST) fetched.count += 1;
  });
  return fetched;
}

/**
 * Opens `/cerca/` with `query` (in the whole archive when `archive`, else in the recent years
 * first) and waits for the search to settle on a summary.
 */
async function searchFor(page: Page, query: string, archive = false): Promise<void> {
  const extra = archive ? '&archivio=1' : '';
  await page.goto(`${site.url}/cerca/?q=${encodeURIComponent(query)}${extra}`);
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
    await searchFor(page, 'batterie', true);
    const before = await titles(page).count();
    expect(before).toBeGreaterThan(1);

    await filterGroup(page, 'categoria').locator('summary').click();
    await page.getByRole('checkbox', { name: /^Scienza/ }).check();
    await eventually(() => titles(page).count()).toBeLessThan(before);
    expect(await titles(page).allTextContents()).toEqual([SODIO_TITLE]);
    expect(await status(page).textContent()).toBe('1 risultato per «batterie» con i filtri scelti');
    expect(new URL(page.url()).search).toBe('?q=batterie&categoria=Scienza&archivio=1');

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
    // Pagefind fetches the index from its worker: the context sees those requests, the page not.
    page
      .context()
      .on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    const count = (suffix: string) => fetched.filter((path) => path.endsWith(suffix)).length;
    await searchFor(page, 'batterie');
    await page.waitForLoadState('networkidle');
    expect(count('.pf_filter')).toBe(0);
    expect(count('.pf_fragment')).toBe(await titles(page).count());
    expect(count('.pf_fragment')).toBeLessThanOrEqual(5);
    // Pagefind runs in the page's own worker, in its single-thread mode: no worker of its own.
    expect(count('pagefind-worker.js')).toBe(0);
    expect(await filterGroup(page, 'categoria').isVisible()).toBe(true);

    await filterGroup(page, 'categoria').locator('summary').click();
    const smartphone = page.getByRole('checkbox', { name: /^Smartphone \(\d+\)$/ });
    await eventually(() => smartphone.count()).toBe(1);
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

  it("runs Pagefind in the search worker: its script never loads on the page's thread", async () => {
    const { page, errors } = await newPage();
    await searchFor(page, 'batterie');
    const [worker, ...others] = page.workers();
    expect(others).toEqual([]);
    expect(new URL(worker!.url()).pathname).toMatch(/^\/_astro\/search-worker-[\w-]+\.js$/);
    // Resource Timing lists what a global fetched: the worker fetched Pagefind, the page not.
    const fetched = () =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(await worker!.evaluate(fetched)).toEqual(
      expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.it.pagefind']),
    );
    expect((await page.evaluate(fetched)).filter((path) => path.startsWith('/pagefind/'))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows five results first and the rest on request, focusing the first new one', async () => {
    const { page } = await newPage();
    // A word every article of the site has.
    await searchFor(page, 'il', true);
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
    // The recent years have no `sodio`: the first step of older ones is searched without asking.
    await eventually(() => new URL(page.url()).search).toBe('?q=sodio&archivio=2019-07');
    await eventually(() => titles(page).first().textContent()).toBe(SODIO_TITLE);
    expect(await page.evaluate(() => history.length)).toBe(entries);

    // Back from a result returns to the search as last typed; back again leaves the page.
    await titles(page).first().locator('a').click();
    await page.waitForURL(/\/articoli\//);
    await page.goBack();
    await eventually(() => page.url()).toBe(`${site.url}/cerca/?q=sodio&archivio=2019-07`);
    await eventually(() => titles(page).first().textContent()).toBe(SODIO_TITLE);
    await page.goBack();
    await eventually(() => page.url()).toBe(`${site.url}${XIAOMI}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers from the recent years first, then reaches the older ones a step per click', async () => {
    const { page, errors } = await newPage();
    const shards = fetchedShards(page);
    const lists = listFetches(page);
    await searchFor(page, 'batterie');
    expect(await scope(page).textContent()).toBe('Risultati dagli articoli dal 2025 a oggi.');
    const recent = await titles(page).allTextContents();
    expect(recent.length).toBeGreaterThan(0);
    expect(recent).not.toContain(SODIO_TITLE);
    await page.waitForLoadState('networkidle');
    // The first query needs neither the older shards nor their list.
    expect(shards).toEqual([]);
    expect(lists.count).toBe(0);
    expect(await page.locator('[data-archive-shards]').count()).toBe(0);

    const older = page.getByRole('button', { name: OLDER });
    await older.click();
    await eventually(() => scope(page).textContent()).toBe(FIRST_STEP_SCOPE);
    expect(new URL(page.url()).search).toBe('?q=batterie&archivio=2019-07');
    const firstStep = await titles(page).allTextContents();
    expect(firstStep).toContain(SODIO_TITLE);
    expect(firstStep).not.toContain(RICARICA_TITLE);
    expect(firstStep.length).toBeGreaterThan(recent.length);
    await eventually(() => shards.toSorted()).toEqual(FIRST_STEP.toSorted());
    await page.waitForLoadState('networkidle');
    expect(shards.toSorted()).toEqual(FIRST_STEP.toSorted());
    expect(lists.count).toBe(1);
    // More older articles remain: the button stays, where the keyboard left it.
    expect(await older.isVisible()).toBe(true);
    expect(await older.evaluate((button) => button === document.activeElement)).toBe(true);

    await older.click();
    await eventually(() => scope(page).textContent()).toBe('Risultati da tutto l’archivio.');
    expect(new URL(page.url()).search).toBe('?q=batterie&archivio=1');
    await eventually(() => titles(page).allTextContents()).toContain(RICARICA_TITLE);
    await eventually(() => shards.slice(FIRST_STEP.length)).toEqual(['2018']);
    expect(shards).toHaveLength(FIRST_STEP.length + 1);
    expect(lists.count).toBe(1);
    expect(await older.count()).toBe(0);
    // The button gone, the keyboard goes on from the first result.
    const onResult = () => Boolean(document.activeElement?.closest('.search-result'));
    expect(await page.evaluate(onResult)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['2019-07', FIRST_STEP, FIRST_STEP_SCOPE],
    ['2023-11', ['2024', '2023'], 'Risultati dagli articoli da novembre 2023 a oggi.'],
    ['1', [...FIRST_STEP, '2018'], 'Risultati da tutto l’archivio.'],
  ])('restores `archivio=%s` merging those shards only', async (reach, merged, said) => {
    const { page, errors } = await newPage();
    const shards = fetchedShards(page);
    const lists = listFetches(page);
    await page.goto(`${site.url}/cerca/?q=batterie&archivio=${reach}`);
    await eventually(() => scope(page).textContent()).toBe(said);
    expect(await titles(page).allTextContents()).toContain(SODIO_TITLE);
    await page.waitForLoadState('networkidle');
    expect(shards.toSorted()).toEqual(merged.toSorted());
    expect(lists.count).toBe(1);
    expect(new URL(page.url()).searchParams.get('archivio')).toBe(reach);
    expect(await page.getByRole('button', { name: OLDER }).isVisible()).toBe(reach !== '1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the recent results when the list of the older articles cannot be fetched', async () => {
    const { page } = await newPage();
    const shards = fetchedShards(page);
    await page.route(`${site.url}${ARCHIVE_LIST}`, (route) => route.abort());
    await searchFor(page, 'batterie');
    const recent = await titles(page).allTextContents();
    const summary = await status(page).textContent();

    const older = page.getByRole('button', { name: OLDER });
    await older.click();
    await eventually(() => status(page).textContent()).toBe(
      `${summary}. Gli articoli più vecchi non sono disponibili in questo momento. Riprova tra poco.`,
    );
    expect(await titles(page).allTextContents()).toEqual(recent);
    expect(await scope(page).textContent()).toBe('Risultati dagli articoli dal 2025 a oggi.');
    expect(new URL(page.url()).search).toBe('?q=batterie');
    expect(shards).toEqual([]);

    // The button is still there, and tries again.
    await page.unroute(`${site.url}${ARCHIVE_LIST}`);
    await older.click();
    await eventually(() => scope(page).textContent()).toBe(FIRST_STEP_SCOPE);
    expect(await status(page).textContent()).toMatch(/^\d+ risultati per «batterie»$/);
    expect(await titles(page).allTextContents()).toContain(SODIO_TITLE);
    await page.close();
  });

  it('opens a link to the older articles on the recent ones when their list cannot be fetched', async () => {
    const { page } = await newPage();
    await page.route(`${site.url}${ARCHIVE_LIST}`, (route) => route.abort());
    await page.goto(`${site.url}/cerca/?q=batterie&archivio=1`);
    await eventually(() => status(page).textContent()).toMatch(
      /^\d+ risultati per «batterie»\. Gli articoli più vecchi non sono disponibili/,
    );
    expect(await scope(page).textContent()).toBe('Risultati dagli articoli dal 2025 a oggi.');
    expect(await titles(page).count()).toBeGreaterThan(0);
    // The link keeps asking for them, for a reload.
    expect(new URL(page.url()).search).toBe('?q=batterie&archivio=1');
    expect(await page.getByRole('button', { name: OLDER }).isVisible()).toBe(true);
    await page.close();
  });

  it("says search is unavailable when an older shard cannot be fetched in Pagefind's worker", async () => {
    const { page } = await newPage();
    // The worker fetches the shards: the context routes its requests, the page does not.
    await page.context().route(`${site.url}/pagefind/anni/2024/**`, (route) => route.abort());
    await page.goto(`${site.url}/cerca/?q=batterie&archivio=2023-11`);
    await eventually(() => status(page).textContent()).toBe(
      'La ricerca non è disponibile in questo momento. Riprova tra poco.',
    );
    expect(await titles(page).count()).toBe(0);
    await page.close();
  });

  it('says how far back the results reach after Back to a search of the recent years', async () => {
    const { page, errors } = await newPage();
    await searchFor(page, 'batterie');
    expect(await scope(page).textContent()).toBe('Risultati dagli articoli dal 2025 a oggi.');
    await page.locator('#cerca-pagina').fill('sodio');
    await page.locator('#cerca-pagina').press('Enter');
    await eventually(() => new URL(page.url()).search).toBe('?q=sodio&archivio=2019-07');

    // The first step is merged now, and Pagefind cannot take it out again.
    await page.goBack();
    await eventually(() => new URL(page.url()).search).toBe('?q=batterie&archivio=2019-07');
    await eventually(() => scope(page).textContent()).toBe(FIRST_STEP_SCOPE);
    expect(await titles(page).allTextContents()).toContain(SODIO_TITLE);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches the older years by itself when the recent ones have nothing', async () => {
    const { page, errors } = await newPage();
    const lists = listFetches(page);
    await searchFor(page, 'nordamericano');
    expect(await titles(page).first().textContent()).toContain(XIAOMI_TITLE);
    // Its only article is in the oldest shard: two steps, one after the other, one list.
    expect(new URL(page.url()).searchParams.get('archivio')).toBe('1');
    expect(await scope(page).textContent()).toBe('Risultati da tutto l’archivio.');
    expect(lists.count).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts the values of a filter among the results the other filters leave', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.url}/cerca/?q=il&categoria=Smartphone&archivio=1`);
    await eventually(() => status(page).textContent()).toMatch(/con i filtri scelti$/);
    const total = Number((await status(page).textContent())?.match(/^\d+/)?.[0]);
    await filterGroup(page, 'tag').locator('summary').click();
    const tags = filterGroup(page, 'tag').getByRole('checkbox');
    await eventually(() => tags.count()).toBeGreaterThan(0);
    const labels = await filterGroup(page, 'tag').locator('label').allTextContents();
    const counts = labels.map((label) => Number(/\((\d+)\)/.exec(label)?.[1]));
    expect(counts.every((count) => count >= 1 && count <= total)).toBe(true);
    // A value's count is what picking it leaves: the tag narrows the Smartphone results.
    await tags.first().check();
    await eventually(() => status(page).textContent()).toMatch(
      new RegExp(`^${counts[0]} risultat[oi] per «il» con i filtri scelti$`),
    );
    // The category still offers the other categories, counted with this tag alone.
    const categories = await filterGroup(page, 'categoria').locator('label').allTextContents();
    expect(categories.length).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('steps through searches with Back and Forward', async () => {
    const { page, errors } = await newPage();
    await searchFor(page, 'batterie', true);
    const batterie = await titles(page).allTextContents();
    await page.locator('#cerca-pagina').fill('xiaomi');
    await page.locator('#cerca-pagina').press('Enter');
    await eventually(() => new URL(page.url()).searchParams.get('q')).toBe('xiaomi');
    await eventually(() => titles(page).first().textContent()).toContain(XIAOMI_TITLE);

    await page.goBack();
    await eventually(() => new URL(page.url()).searchParams.get('q')).toBe('batterie');
    await eventually(() => titles(page).allTextContents()).toEqual(batterie);
    expect(await page.locator('#cerca-pagina').inputValue()).toBe('batterie');
    await page.goForward();
    await eventually(() => titles(page).first().textContent()).toContain(XIAOMI_TITLE);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('brings back the results shown and the scroll position on Back from an article', async () => {
    const { page, errors } = await newPage();
    await page.setViewportSize({ width: 390, height: 640 });
    await searchFor(page, 'il', true);
    await page.getByRole('button', { name: /^Mostra altri risultati/ }).click();
    const shown = Math.min(Number((await status(page).textContent())?.match(/^\d+/)?.[0]), 15);
    await eventually(() => titles(page).count()).toBe(shown);
    const scrolled = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          addEventListener('scrollend', () => resolve(scrollY), { once: true });
          scrollTo(0, document.documentElement.scrollHeight);
        }),
    );
    expect(scrolled).toBeGreaterThan(0);
    await titles(page)
      .nth(shown - 1)
      .locator('a')
      .click();
    await page.waitForURL(/\/articoli\//);
    await page.goBack();
    await eventually(() => titles(page).count()).toBe(shown);
    await eventually(() => page.evaluate(() => Math.round(scrollY))).toBe(Math.round(scrolled));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the results without moving anything on screen (no layout shift)', async () => {
    const { page } = await newPage();
    await page.setViewportSize({ width: 390, height: 640 });
    await searchFor(page, 'batterie');
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          new PerformanceObserver((list) =>
            resolve(
              list.getEntries().map((entry) => (entry as unknown as { value: number }).value),
            ),
          ).observe({ type: 'layout-shift', buffered: true });
          // No shift at all leaves the observer silent: the frame after the buffer is read.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
        }),
    );
    expect(shifts).toEqual([]);
    await page.close();
  });

  it('puts the filters above the results on a phone', async () => {
    const { page } = await newPage();
    await page.setViewportSize({ width: 390, height: 640 });
    await searchFor(page, 'batterie');
    const filters = await page.getByRole('heading', { name: 'Filtra i risultati' }).boundingBox();
    const first = await titles(page).first().boundingBox();
    expect(filters!.y).toBeLessThan(first!.y);
    await page.close();
  });

  it('highlights the words alone, without the punctuation around them', async () => {
    const { page } = await newPage();
    await searchFor(page, 'il', true);
    const marks = await page.locator('.search-result mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((mark) => !/^[\p{L}\p{N}](.*[\p{L}\p{N}])?$/su.test(mark))).toEqual([]);
    await page.close();
  });

  it('has one search box, its own, without the header’s', async () => {
    const { page } = await newPage();
    await page.goto(`${site.url}/cerca/`);
    expect(await page.getByRole('searchbox').count()).toBe(1);
    expect(await page.getByRole('search', { name: 'Cerca nel sito' }).count()).toBe(0);
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
