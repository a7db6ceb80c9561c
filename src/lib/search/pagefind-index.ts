/**
 * Writes the Pagefind index of a built site through Pagefind's Node API (I/O edge: it reads the
 * built HTML and writes `<siteDir>/pagefind/`). Every step's `errors` array is checked, and any
 * error throws, so a half-written index can never be published.
 *
 * @see https://pagefind.app/docs/node-api/
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_BUNDLE } from './pagefind-bundle';

/** Options of {@link writeSearchIndex}. */
export interface SearchIndexOptions {
  /** The built site, e.g. `dist/`; the index goes into its `pagefind/` folder. */
  siteDir: string;
  /** ISO 639-1 code every page is indexed as, whatever its `lang` (stemming follows it). */
  language: string;
  /** Pages to index, as a glob relative to `siteDir`. */
  glob: string;
  /**
   * How many pages the glob must yield, when the caller knows. A shortfall means some matched
   * pages lost their `data-pagefind-body` element and would silently vanish from search.
   */
  expectedPages?: number | undefined;
}

/** What was indexed and where it was written. */
export interface SearchIndexResult {
  pageCount: number;
  outputPath: string;
}

/** The index could not be built; the message says at which step and why, in Italian. */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchIndexError';
  }
}

function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new SearchIndexError(
      `Indice di ricerca non creato: Pagefind (${step}) ha segnalato ${errors.length} ${
        errors.length === 1 ? 'errore' : 'errori'
      }:\n${errors.map((error) => `  - ${error}`).join('\n')}`,
    );
  }
}

/** Pages in a written index, summed over its languages, from `pagefind-entry.json`. */
async function indexedPageCount(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
}

/**
 * Indexes the pages of `siteDir` matched by `glob` and writes the index to `siteDir/pagefind/`.
 *
 * @throws {SearchIndexError} If Pagefind reports an error at any step, or the written index holds
 *   fewer or more pages than `expectedPages`.
 */
export async function writeSearchIndex({
  siteDir,
  language,
  glob,
  expectedPages,
}: SearchIndexOptions): Promise<SearchIndexResult> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: language });
    assertNoErrors('createIndex', created.errors);
    const { index } = created;
    if (!index) throw new SearchIndexError('Indice di ricerca non creato: Pagefind non è partito.');

    const added = await index.addDirectory({ path: siteDir, glob });
    assertNoErrors('addDirectory', added.errors);

    const written = await index.writeFiles({ outputPath: join(siteDir, PAGEFIND_BUNDLE.dir) });
    assertNoErrors('writeFiles', written.errors);
    // `addDirectory` counts every file it read; pages without `data-pagefind-body` are only
    // dropped when the index is written, so the written entry file is the count to trust.
    const pageCount = await indexedPageCount(written.outputPath);
    if (expectedPages !== undefined && pageCount !== expectedPages) {
      throw new SearchIndexError(
        `Indice di ricerca incompleto: ${pageCount} pagine indicizzate su ${expectedPages} ` +
          `(${glob}). Ogni pagina articolo deve avere un elemento data-pagefind-body.`,
      );
    }
    return { pageCount, outputPath: written.outputPath };
  } finally {
    // The Node API drives a Pagefind binary in a child process, which would keep the build alive.
    await pagefind.close();
  }
}
