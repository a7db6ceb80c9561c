import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as pagefind from 'pagefind';
import { SearchIndexError, writeSearchIndex } from '../../../src/lib/search/pagefind-index';

// The Pagefind binary is the process boundary: mocked here, run for real in the build tests.
vi.mock('pagefind', () => ({ createIndex: vi.fn(), close: vi.fn() }));

const addDirectory = vi.fn();
const writeFiles = vi.fn();
const createIndex = vi.mocked(pagefind.createIndex);
const close = vi.mocked(pagefind.close);

const SITE_DIR = mkdtempSync(join(tmpdir(), 'rotativa-pagefind-'));
const OUTPUT = join(SITE_DIR, 'pagefind');
const OPTIONS = { siteDir: SITE_DIR, language: 'it', glob: 'articoli/**/index.html' };

afterAll(() => rmSync(SITE_DIR, { recursive: true, force: true }));

/** What the real `writeFiles` leaves behind that the count is read from. */
function writtenIndex(pageCount: number) {
  return () => {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(
      join(OUTPUT, 'pagefind-entry.json'),
      JSON.stringify({
        version: '1.6.0',
        languages: { it: { hash: 'it_1', page_count: pageCount } },
      }),
    );
    return Promise.resolve({ errors: [], outputPath: OUTPUT });
  };
}

beforeEach(() => {
  vi.clearAllMocks();
  createIndex.mockResolvedValue({
    errors: [],
    index: { addDirectory, writeFiles } as unknown as pagefind.PagefindIndex,
  });
  addDirectory.mockResolvedValue({ errors: [], page_count: 8 });
  writeFiles.mockImplementation(writtenIndex(8));
  close.mockResolvedValue(null);
});

describe('writeSearchIndex', () => {
  it('indexes the matched pages in the forced language into <siteDir>/pagefind', async () => {
    await expect(writeSearchIndex({ ...OPTIONS, expectedPages: 8 })).resolves.toEqual({
      pageCount: 8,
      outputPath: OUTPUT,
    });
    expect(createIndex).toHaveBeenCalledWith({ forceLanguage: 'it' });
    expect(addDirectory).toHaveBeenCalledWith({
      path: SITE_DIR,
      glob: 'articoli/**/index.html',
    });
    expect(writeFiles).toHaveBeenCalledWith({ outputPath: OUTPUT });
    expect(close).toHaveBeenCalledOnce();
  });

  it.each([
    ['createIndex', () => createIndex.mockResolvedValue({ errors: ['lingua sconosciuta'] })],
    [
      'addDirectory',
      () => addDirectory.mockResolvedValue({ errors: ['lingua sconosciuta'], page_count: 0 }),
    ],
    [
      'writeFiles',
      () => writeFiles.mockResolvedValue({ errors: ['lingua sconosciuta'], outputPath: '' }),
    ],
  ])('fails, naming the step, when Pagefind reports an error in %s', async (step, arrange) => {
    arrange();
    const failure = writeSearchIndex(OPTIONS);
    await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
    await expect(failure).rejects.toThrow(
      `Indice di ricerca non creato: Pagefind (${step}) ha segnalato 1 errore:\n  - lingua sconosciuta`,
    );
    expect(close).toHaveBeenCalledOnce();
  });

  it('fails when the written index holds fewer pages than expected', async () => {
    // Pagefind read 8 files but dropped the 2 without `data-pagefind-body` when writing.
    writeFiles.mockImplementation(writtenIndex(6));
    await expect(writeSearchIndex({ ...OPTIONS, expectedPages: 8 })).rejects.toThrow(
      'Indice di ricerca incompleto: 6 pagine indicizzate su 8 (articoli/**/index.html). ' +
        'Ogni pagina articolo deve avere un elemento data-pagefind-body.',
    );
    expect(close).toHaveBeenCalledOnce();
  });

  it('fails when Pagefind starts without an index', async () => {
    createIndex.mockResolvedValue({ errors: [] });
    await expect(writeSearchIndex(OPTIONS)).rejects.toThrow(
      'Indice di ricerca non creato: Pagefind non è partito.',
    );
  });

  it('lists every error Pagefind reports', async () => {
    addDirectory.mockResolvedValue({ errors: ['primo', 'secondo'], page_count: 0 });
    await expect(writeSearchIndex(OPTIONS)).rejects.toThrow(
      'Pagefind (addDirectory) ha segnalato 2 errori:\n  - primo\n  - secondo',
    );
  });
});
