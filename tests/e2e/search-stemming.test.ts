/**
 * Italian stemming, as Pagefind's WebAssembly applies it in the browser: the singular and the
 * plural of regular nouns, and the third persons singular and plural of regular verbs, find the
 * same articles. Two tables: words of the sample site (its index as built), and words of the
 * benchmark corpus's vocabulary, each form alone in a page of an index written here with the
 * build's forms. Each table has pairs whose Snowball stems do not meet, which only the forms
 * the records add join (`src/lib/search/italian-forms.ts`).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as pagefind from 'pagefind';
import { articlePath } from '../../src/lib/articles/paths';
import { matchedWords, sharesStem } from '../../src/lib/search/prefix-fallback';
import { formCandidates, keptForms, stemming } from '../../src/lib/search/italian-forms';
import { indexedForms, shardWords } from '../../src/lib/search/shard-words';
import type { Browser, Page } from 'playwright-core';
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

/**
 * URLs of the sample site's published articles (the built site has their page) whose text holds
 * `word`, as Pagefind splits words.
 */
async function holders(word: string): Promise<string[]> {
  const urls: string[] = [];
  for (const name of await readdir(SAMPLE_ARTICLES)) {
    const url = articlePath(name.replace(/\.md$/, ''));
    if (!name.endsWith('.md') || !existsSync(join(inject('siteDir'), url, 'index.html'))) continue;
    const text = await readFile(join(SAMPLE_ARTICLES, name), 'utf8');
    if (
      text
        .toLocaleLowerCase('it')
        .match(/\p{L}+/gu)
        ?.includes(word)
    ) {
      urls.push(url);
    }
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
 * Pairs whose Snowball stems do not meet, two of each kind: an `-ano` singular loses its ending
 * as a verb's (`italiano` → `ital`, `italiani` → `italian`), and a short verb starting with a
 * vowel keeps its `-e` while its `-ono` form does not (`offre`, `offrono` → `offron`).
 */
const SPLIT_PAIRS = [
  ['italiano', 'italiani'],
  ['americano', 'americani'],
  ['offre', 'offrono'],
  ['apre', 'aprono'],
] as const;

/** A result as Pagefind's browser API loads it: its URL, text and where the words matched. */
interface FoundPage {
  url: string;
  content: string;
  locations: number[];
  /** The forms its record adds (`italian-forms.ts`). */
  forms: string;
}

/**
 * The pages each word finds, searched with Pagefind's own browser API on `page` (after merging
 * `archivePaths`), as the search page does before its own checks. The script is a string: the
 * test runner would rewrite an `import()` in a function for Node.
 */
function pagesFound(
  page: Page,
  words: readonly string[],
  archivePaths: readonly string[] = [],
): Promise<Record<string, FoundPage[]>> {
  return page.evaluate<Record<string, FoundPage[]>>(`(async () => {
    const api = await import('/pagefind/pagefind.js');
    await api.init();
    for (const path of ${JSON.stringify(archivePaths)}) await api.mergeIndex(path);
    const found = {};
    for (const word of ${JSON.stringify(words)}) {
      const { results } = await api.search(word);
      const pages = await Promise.all(results.map((result) => result.data()));
      found[word] = pages.map(({ url, content, locations, meta }) =>
        ({ url, content, locations, forms: meta.forms ?? '' }));
    }
    return found;
  })()`);
}

/** The URLs of `found`, sorted. */
const urls = (found: readonly FoundPage[] = []): string[] => found.map(({ url }) => url).sort();

/**
 * The URLs of the pages in `found` that `word` matched through one of its forms, in the text or
 * in the forms the record adds: not through Pagefind's fallback to a shorter indexed word, which
 * in an index of a few articles finds pages through `o` or `com` (`prefix-fallback.ts`).
 */
const formsFound = (word: string, found: readonly FoundPage[] = []): string[] =>
  urls(
    found.filter((page) =>
      [...matchedWords(page), ...page.forms.split(' ')].some((form) => sharesStem(word, form)),
    ),
  );

describe('on the sample site', () => {
  const site = useServedSite();
  let found: Record<string, FoundPage[]> = {};

  beforeAll(async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/cerca/`);
    const archivePaths = JSON.parse(
      (await page.locator('[data-archive-paths]').getAttribute('data-archive-paths')) ?? '[]',
    ) as string[];
    found = await pagesFound(page, [...SAMPLE_PAIRS, ...SAMPLE_SPLIT_PAIRS].flat(), archivePaths);
    await page.close();
  });

  it.each(SAMPLE_PAIRS)('«%s» and «%s» find the same articles', (one, other) => {
    expect(found[one]?.length).toBeGreaterThan(0);
    expect(urls(found[other])).toEqual(urls(found[one]));
  });

  it.each(SAMPLE_SPLIT_PAIRS)(
    '«%s» and «%s» both find every article holding either',
    async (one, other) => {
      const [ones, others] = await Promise.all([holders(one), holders(other)]);
      // One form is in an article the other is not in, or the pair would prove nothing.
      const onlyOne = [...ones, ...others].filter(
        (url) => ones.includes(url) !== others.includes(url),
      );
      expect(onlyOne).not.toEqual([]);
      for (const word of [one, other]) {
        expect(formsFound(word, found[word]), word).toEqual(
          expect.arrayContaining([...ones, ...others]),
        );
      }
    },
  );
});

describe('over the corpus vocabulary', () => {
  let root = '';
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let found: Record<string, FoundPage[]> = {};

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'rotativa-stemming-'));
    // One page per form, so a form finds the other's page only through the stemmer or the
    // forms the build adds to a record.
    const words = [...CORPUS_PAIRS, ...SPLIT_PAIRS].flat();
    const texts = words.map((word) => `Un testo con la parola ${word} in mezzo.`);
    // The forms as the build gives them to a shard's records.
    const stem = stemming();
    const [shard] = indexedForms([''], [shardWords(texts, stem)]);
    const archive = new Set(shard?.forms);
    const { index } = await pagefind.createIndex({ forceLanguage: 'it' });
    for (const [i, word] of words.entries()) {
      const content = texts[i] ?? '';
      await index!.addCustomRecord({
        url: `/${word}/`,
        content,
        language: 'it',
        meta: { forms: keptForms(formCandidates(content, stem), archive, stem).join(' ') },
      });
    }
    await index!.writeFiles({ outputPath: join(root, 'pagefind') });
    await pagefind.close();
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Indice</title>');
    [server, browser] = await Promise.all([serveStatic(root), launchBrowser()]);
    const page = await browser.newPage();
    await page.goto(server.url);
    found = await pagesFound(page, [...CORPUS_PAIRS, ...SPLIT_PAIRS].flat());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it.each([...CORPUS_PAIRS, ...SPLIT_PAIRS])('«%s» and «%s» find both pages', (one, other) => {
    // A form may find more (Pagefind also matches longer words: `serve` finds `servizio`).
    for (const word of [one, other]) {
      expect(urls(found[word]), word).toEqual(expect.arrayContaining([`/${one}/`, `/${other}/`]));
    }
  });
});
