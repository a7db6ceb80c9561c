/**
 * The one pass over a content folder: every file read once, parsed once and checked with the
 * build's own schemas. `npm run check` prints its problems; the build's content loaders fill
 * Astro's data store from its articles and snapshots, and the redirects and the search index
 * read the same result, so nothing reads `content/` a second time and check and build cannot
 * disagree about a file.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { SITE } from '../../site.config';
import { AUTHORS, CATEGORIES } from '../../newsroom.config';
import { publicationTime } from '../articles/published';
import { checkContent, type ContentReport } from './check-content';
import { readArticleSources, readCommentSources } from './read-content-files';
import { articleFactsInTurn, factsKey, type ArticleFacts } from './article-facts';
import type { SourceFile } from './source-file';
import { loadArticleMemo, restoreArticleMemo, saveArticleMemo } from './article-memo-file';

/** Where {@link readContent} looks besides the content folder. */
export interface ReadContentOptions {
  /** Folder served at the site root; `public` (of `cwd`) by default. */
  publicDir?: string;
  /** Base of the paths shown in problems and of relative folders; the working directory by default. */
  cwd?: string;
  /** The instant to publish at; `ROTATIVA_NOW` or the real clock by default. */
  now?: Date;
  /**
   * Where the per-file facts of the last run are kept (a build's cache): unchanged files are not
   * parsed again. The caller names it after the code that computes them.
   */
  memoFile?: string;
  /**
   * Told each article as soon as its own file is checked, before the checks across files: the
   * build starts rendering its body meanwhile. Articles are told in any case; whether the
   * content can be published is only known once the pass ends.
   */
  onArticle?: (facts: ArticleFacts, file: SourceFile) => void;
}

/** Files of `publicDir` as the site serves them (`/favicon.svg`); `_headers` is read by the CDN, not served. */
async function listPublicFiles(publicDir: string): Promise<string[]> {
  try {
    const entries = await readdir(publicDir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map(
        (entry) =>
          `/${relative(publicDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`,
      )
      .filter((path) => path !== '/_headers');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Reads and checks every article and comment snapshot of `contentDir`.
 *
 * @returns The problems (empty when the content can be published), every article with its
 *   file, slug, validated front-matter, raw front-matter, body and whole text, and the valid
 *   comment snapshots by article slug.
 */
export async function readContent(
  contentDir: string,
  {
    publicDir = 'public',
    cwd = process.cwd(),
    now = publicationTime(process.env),
    memoFile,
    onArticle = () => {},
  }: ReadContentOptions = {},
): Promise<ContentReport> {
  // A mistyped folder would otherwise read as an empty archive and publish an empty site.
  if (!existsSync(resolve(cwd, contentDir))) {
    return {
      articleCount: 0,
      commentFileCount: 0,
      scheduled: [],
      warnings: [],
      problems: [
        {
          file: contentDir,
          field: '(cartella)',
          message: 'la cartella dei contenuti non esiste: controlla il percorso',
        },
      ],
      articles: [],
      snapshots: new Map(),
    };
  }
  const stored = memoFile === undefined ? undefined : loadArticleMemo(memoFile);
  const articles = await readArticleSources(resolve(cwd, contentDir), cwd);
  const siteHost = new URL(SITE.url).host;
  const keyed = new Map(articles.map((file) => [factsKey(file, siteHost), file.source]));
  const memo = stored && restoreArticleMemo(await stored, keyed);
  // The articles first: `onArticle` starts work on other threads (their bodies' renders), which
  // can go on while this thread reads the comment snapshots.
  const [facts, comments, publicFiles] = await Promise.all([
    articleFactsInTurn(articles, siteHost, memo, onArticle),
    readCommentSources(resolve(cwd, contentDir), cwd),
    listPublicFiles(resolve(cwd, publicDir)),
  ]);
  const report = checkContent(
    // Only `comments/*.json` are snapshots: deeper files are not.
    { articles, comments: comments.filter((c) => !c.entry.includes('/')), publicFiles },
    {
      siteUrl: SITE.url,
      perPage: SITE.perPage,
      timeZone: SITE.timeZone,
      publicDir,
      fileExists: (path) => existsSync(resolve(cwd, path)),
      now,
      declared: {
        categories: CATEGORIES.map(({ name }) => name),
        authors: AUTHORS.map(({ name }) => name),
      },
      memo,
      facts,
    },
  );
  if (memoFile !== undefined && memo) await saveArticleMemo(memoFile, memo, keyed);
  return report;
}
