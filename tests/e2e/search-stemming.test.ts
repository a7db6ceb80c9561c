/**
 * Italian stemming, as Pagefind's WebAssembly applies it in the browser: the singular and the
 * plural of regular nouns, and the third persons singular and plural of regular verbs, find the
 * same articles. Two tables: words of the sample site (its index as built), and words of the
 * benchmark corpus's vocabulary, each form alone in a page of an index written here.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { readArchiveShards } from '../../src/lib/search/archive-steps';
import { launchBrowser } from './helpers/browser';
import { useServedSite } from './helpers/served-site';
import { serveStatic, type RunningServer } from '../helpers/static-server';

/** Words of the sample site's articles, each pair written both ways somewhere or only once. */
const SAMPLE_PAIRS = [
  ['telefono', 'telefoni'],
  ['batteria', 'batterie'],
  ['modello', 'modelli'],
  ['prezzo', 'prezzi'],
  ['mercato', 'mercati'],
  ['cella', 'celle'],
  ['chimica', 'chimiche'],
  ['arriva', 'arrivano'],
  ['costa', 'costano'],
] as const;

/** Regular nouns, adjectives and verbs of the benchmark corpus (`bench/corpus/italian-text.ts`). */
const CORPUS_PAIRS = [
  ['azienda', 'aziende'],
  ['prezzo', 'prezzi'],
  ['servizio', 'servizi'],
  ['utente', 'utenti'],
  ['mese', 'mesi'],
  ['giorno', 'giorni'],
  ['volta', 'volte'],
  ['numero', 'numeri'],
  ['modello', 'modelli'],
  ['prodotto', 'prodotti'],
  ['progetto', 'progetti'],
  ['problema', 'problemi'],
  ['risultato', 'risultati'],
  ['mercato', 'mercati'],
  ['batteria', 'batterie'],
  ['sensore', 'sensori'],
  ['processore', 'processori'],
  ['consumatore', 'consumatori'],
  ['ricercatore', 'ricercatori'],
  ['vendita', 'vendite'],
  ['applicazione', 'applicazioni'],
  ['missione', 'missioni'],
  ['schermo', 'schermi'],
  ['nuovo', 'nuovi'],
  ['grande', 'grandi'],
  ['arriva', 'arrivano'],
  ['resta', 'restano'],
  ['costa', 'costano'],
  ['serve', 'servono'],
  ['deve', 'devono'],
  ['cambia', 'cambiano'],
  ['funziona', 'funzionano'],
  ['spiega', 'spiegano'],
  ['permette', 'permettono'],
  ['consente', 'consentono'],
  ['diventa', 'diventano'],
  ['sembra', 'sembrano'],
] as const;

/**
 * Pairs Pagefind's Italian stemmer (Snowball) splits, two of each kind: an `-ano` singular loses
 * its ending as a verb's, and a short verb starting with a vowel keeps its `-e` while its `-ono`
 * form does not (docs/performance.md, stemming). Kept as a table so the day Pagefind finds them,
 * this test says so.
 */
const STEMMER_GAPS = [
  ['italiano', 'italiani'],
  ['americano', 'americani'],
  ['offre', 'offrono'],
  ['apre', 'aprono'],
] as const;

/**
 * The URLs each word finds, searched with Pagefind's own browser API on `page` (after merging
 * `archivePaths`), as the search page does before its own checks. The script is a string: the
 * test runner would rewrite an `import()` in a function for Node.
 */
async function urlsFound(
  page: Page,
  words: readonly string[],
  archivePaths: readonly string[] = [],
): Promise<Record<string, string[]>> {
  return page.evaluate<Record<string, string[]>>(`(async () => {
    const api = await import('/pagefind/pagefind.js');
    await api.init();
    for (const path of ${JSON.stringify(archivePaths)}) await api.mergeIndex(path);
    const found = {};
    for (const word of ${JSON.stringify(words)}) {
      const { results } = await api.search(word);
      const pages = await Promise.all(results.map((result) => result.data()));
      found[word] = pages.map((data) => data.url).sort();
    }
    return found;
  })()`);
}

describe('on the sample site', () => {
  const site = useServedSite();
  let found: Record<string, string[]> = {};

  beforeAll(async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/cerca/`);
    // Every older shard, from the list the search page fetches when it reaches them.
    const shards = readArchiveShards(await (await fetch(`${site.url}/pagefind/anni.json`)).text());
    expect(shards.length).toBeGreaterThan(0);
    const archivePaths = shards.map(({ path }) => path);
    found = await urlsFound(page, SAMPLE_PAIRS.flat(), archivePaths);
    await page.close();
  });

  it.each(SAMPLE_PAIRS)('«%s» and «%s» find the same articles', (one, other) => {
    expect(found[one]?.length).toBeGreaterThan(0);
    expect(found[other]).toEqual(found[one]);
  });
});

describe('over the corpus vocabulary', () => {
  let root = '';
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let found: Record<string, string[]> = {};

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'rotativa-stemming-'));
    // One page per form, so a form finds the other's page only through the stemmer.
    const { index } = await pagefind.createIndex({ forceLanguage: 'it' });
    for (const word of [...CORPUS_PAIRS, ...STEMMER_GAPS].flat()) {
      await index!.addCustomRecord({
        url: `/${word}/`,
        content: `Un testo con la parola ${word} in mezzo.`,
        language: 'it',
      });
    }
    await index!.writeFiles({ outputPath: join(root, 'pagefind') });
    await pagefind.close();
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Indice</title>');
    [server, browser] = await Promise.all([serveStatic(root), launchBrowser()]);
    const page = await browser.newPage();
    await page.goto(server.url);
    found = await urlsFound(page, [...CORPUS_PAIRS, ...STEMMER_GAPS].flat());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it.each(CORPUS_PAIRS)('«%s» and «%s» find both pages', (one, other) => {
    // A form may find more (Pagefind also matches longer words: `serve` finds `servizio`).
    for (const word of [one, other]) {
      expect(found[word], word).toEqual(expect.arrayContaining([`/${one}/`, `/${other}/`]));
    }
  });

  it.each(STEMMER_GAPS)('«%s» and «%s» do not find each other yet (known gap)', (one, other) => {
    const both = [`/${one}/`, `/${other}/`];
    expect([one, other].some((word) => both.some((url) => !found[word]?.includes(url)))).toBe(true);
  });
});
