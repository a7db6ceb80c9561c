/**
 * Italian stemming, as Pagefind's WebAssembly applies it in the browser: the singular and the
 * plural of regular nouns, and the third persons singular and plural of regular verbs, find the
 * same articles. Two tables: words of the sample site (its index as built), and words of the
 * benchmark corpus's vocabulary, each form alone in a page of an index written here from the
 * build's own records. Some pairs have stems that do not meet, which only the forms the records
 * add join (`src/lib/search/italian-forms.ts`); a table of false friends checks those forms join
 * nothing else.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { articlePath } from '../../src/lib/articles/paths';
import { readArchiveShards } from '../../src/lib/search/archive-steps';
import { searchRecord } from '../../src/lib/search/search-records';
import { articleFrontmatterSchema } from '../../src/schemas/article';
import { launchBrowser } from './helpers/browser';
import { useServedSite } from './helpers/served-site';
import { PROJECT_ROOT } from '../helpers/build-site';
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

/**
 * Pairs of the sample site whose stems do not meet, each form in an article without the other:
 * `offre` keeps its `-e`, `offrono` → `offron`; `anno` and `anni` are too short to lose their
 * vowel. Each form finds the articles holding either (and more: `anno` also begins `annotato`).
 */
const SAMPLE_SPLIT_PAIRS = [
  ['offre', 'offrono'],
  ['anno', 'anni'],
] as const;

const SAMPLE_ARTICLES = join(PROJECT_ROOT, 'tests/fixtures/sites/sample/articles');

/** URLs of the sample site's published articles whose text holds `word`, in lower case. */
async function holders(word: string): Promise<string[]> {
  const urls: string[] = [];
  for (const name of await readdir(SAMPLE_ARTICLES)) {
    const url = articlePath(name.replace(/\.md$/, ''));
    if (!name.endsWith('.md') || !existsSync(join(inject('siteDir'), url, 'index.html'))) continue;
    const text = await readFile(join(SAMPLE_ARTICLES, name), 'utf8');
    if (text.match(/\p{L}+/gu)?.includes(word)) urls.push(url);
  }
  return urls;
}

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
 * Pairs Pagefind's Italian stemmer (Snowball) splits, of two kinds: a singular that loses a
 * verb's ending (`italiano` → `ital`, `italiani` → `italian`; `telefono` → `telef`,
 * `cellulare` → `cellul`), and a short word starting with a vowel that keeps its last vowel
 * while its other number or person does not (`offre`, `offrono` → `offron`). The records' forms
 * join them.
 */
const SPLIT_PAIRS = [
  ['italiano', 'italiani'],
  ['americano', 'americani'],
  ['africano', 'africani'],
  ['quotidiano', 'quotidiani'],
  ['telefono', 'telefoni'],
  ['cellulare', 'cellulari'],
  ['nucleare', 'nucleari'],
  ['comando', 'comandi'],
  ['offre', 'offrono'],
  ['apre', 'aprono'],
  ['esce', 'escono'],
  ['entra', 'entrano'],
  ['anno', 'anni'],
] as const;

/**
 * Words that must not find each other's pages, `[page, query]`: another gender is another word
 * (`anno`, `anna`), and a word written only with a capital is a name, given no forms.
 */
const FALSE_FRIENDS = [
  ['anno', 'anna'],
  ['anna', 'anno'],
  ['anni', 'anna'],
  ['Milano', 'milani'],
  ['Anna', 'anne'],
] as const;

/** The build's record of a page holding `word`, at `/<word>/`. */
function wordRecord(word: string) {
  const data = articleFrontmatterSchema.parse({ title: 'Una pagina', date: '2020-01-01' });
  const record = searchRecord(
    { slug: word, data, body: `Un testo con la parola ${word} in mezzo.`, excerpt: '' },
    { timeZone: 'Europe/Rome', language: 'it' },
  );
  return { ...record, url: `/${word}/` };
}

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
    found = await urlsFound(page, [...SAMPLE_PAIRS, ...SAMPLE_SPLIT_PAIRS].flat(), archivePaths);
    await page.close();
  });

  it.each(SAMPLE_PAIRS)('«%s» and «%s» find the same articles', (one, other) => {
    expect(found[one]?.length).toBeGreaterThan(0);
    expect(found[other]).toEqual(found[one]);
  });

  it.each(SAMPLE_SPLIT_PAIRS)(
    '«%s» and «%s» both find every article holding either',
    async (one, other) => {
      const [ones, others] = await Promise.all([holders(one), holders(other)]);
      // One form is in an article the other is not in, or the pair would prove nothing.
      expect([...ones, ...others].some((url) => ones.includes(url) !== others.includes(url))).toBe(
        true,
      );
      for (const word of [one, other]) {
        expect(found[word], word).toEqual(expect.arrayContaining([...ones, ...others]));
      }
    },
  );
});

/** A page per word of the tables; each of them is searched. */
const PAGE_WORDS = [...CORPUS_PAIRS, ...SPLIT_PAIRS, ...FALSE_FRIENDS].flat();

describe('over the corpus vocabulary', () => {
  let root = '';
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let found: Record<string, string[]> = {};

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'rotativa-stemming-'));
    // One page per form, so a form finds the other's page only through the stemmer or the
    // forms its record adds.
    const { index } = await pagefind.createIndex({ forceLanguage: 'it' });
    for (const word of new Set(PAGE_WORDS)) await index!.addCustomRecord(wordRecord(word));
    await index!.writeFiles({ outputPath: join(root, 'pagefind') });
    await pagefind.close();
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Indice</title>');
    [server, browser] = await Promise.all([serveStatic(root), launchBrowser()]);
    const page = await browser.newPage();
    await page.goto(server.url);
    found = await urlsFound(page, [...new Set(PAGE_WORDS.map((word) => word.toLowerCase()))]);
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

  it.each(SPLIT_PAIRS)('«%s» and «%s» find both pages, through the forms', (one, other) => {
    for (const word of [one, other]) {
      expect(found[word], word).toEqual(expect.arrayContaining([`/${one}/`, `/${other}/`]));
    }
    // Without the forms they would not.
    expect(wordRecord(one).meta['forms']).toContain(other);
  });

  it.each(FALSE_FRIENDS)('the page of «%s» is not found by «%s»', (page, query) => {
    expect(found[query]?.length, query).toBeGreaterThan(0);
    expect(found[query]).not.toContain(`/${page}/`);
  });
});
