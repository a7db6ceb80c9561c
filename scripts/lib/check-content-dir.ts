/**
 * Everything that can be known wrong about a content folder before building it, read from disk
 * and checked with the build's own schemas. Used by `npm run build` and `npm run check`, so the
 * two always agree.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { checkContentSources, type ContentReport } from '../../src/lib/content/check-content';
import { SITE } from '../../src/site.config';
import { AUTHORS, CATEGORIES } from '../../src/newsroom.config';
import { publicationTime } from '../../src/lib/articles/published';
import { readArticleSources, readCommentSources } from '../../src/lib/content/read-content-files';

/** Where {@link checkContentFolder} looks besides the content folder. */
export interface CheckFolderOptions {
  /** Folder served at the site root; `public` (of the working directory) by default. */
  publicDir?: string;
  /** Base of the paths shown in problems; the working directory by default. */
  cwd?: string;
  /** The instant to publish at; `ROTATIVA_NOW` or the real clock by default. */
  now?: Date;
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

/** Checks `contentDir` and counts what it holds. */
export async function checkContentFolder(
  contentDir: string,
  {
    publicDir = 'public',
    cwd = process.cwd(),
    now = publicationTime(process.env),
  }: CheckFolderOptions = {},
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
    };
  }
  const [articles, comments, publicFiles] = await Promise.all([
    readArticleSources(contentDir, cwd),
    readCommentSources(contentDir, cwd),
    listPublicFiles(resolve(cwd, publicDir)),
  ]);
  return checkContentSources(
    // The content layer loads `comments/*.json` only: deeper files are not snapshots.
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
    },
  );
}
