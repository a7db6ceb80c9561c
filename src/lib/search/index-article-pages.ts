/**
 * Indexes the article pages of a finished build (I/O edge). `scripts/build.ts` calls it after
 * `astro build` has exited, on the staging folder: Pagefind's memory peak then comes after
 * Astro's instead of on top of it, and an index error still leaves the live `dist/` untouched.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { articlePath } from '../articles/paths';
import { SITE } from '../../site.config';
import { writeSearchIndex, type SearchIndexResult } from './pagefind-index';

/** `articoli`: the folder of the output that holds article pages, from the route contract. */
export const ARTICLES_DIR = articlePath('{slug}').split('/{slug}')[0]?.replace(/^\//, '') ?? '';

/** ISO 639-1 language of the index (stemming, word splitting), from `SITE.locale`. */
export const SEARCH_LANGUAGE = new Intl.Locale(SITE.locale).language;

async function countArticlePages(siteDir: string): Promise<number> {
  const folders = await readdir(join(siteDir, ARTICLES_DIR), { withFileTypes: true }).catch(
    () => [],
  );
  return folders.filter((entry) => entry.isDirectory()).length;
}

/**
 * Writes `<siteDir>/pagefind/` from `<siteDir>/articoli/<slug>/index.html`. Every article folder
 * must yield one indexed page: a page that lost its `data-pagefind-body` fails the build rather
 * than vanishing from search.
 */
export async function indexArticlePages(siteDir: string): Promise<SearchIndexResult> {
  return writeSearchIndex({
    siteDir,
    language: SEARCH_LANGUAGE,
    glob: `${ARTICLES_DIR}/*/index.html`,
    expectedPages: await countArticlePages(siteDir),
  });
}
