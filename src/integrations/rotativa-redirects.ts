/**
 * Writes the alias redirect pages and `_redirects` into the build output. Aliases are read from
 * the articles' front-matter with the checker's own reader, so build and check agree. On hosts
 * that read `_redirects` (Netlify, Cloudflare), `ROTATIVA_REDIRECT_PAGES=false` leaves the HTML
 * pages out: one file fewer per alias against the hosts' file-count limits.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticleSources } from '../lib/content/read-content-files';
import { validateArticle } from '../lib/content/validate-article';
import { isPublished, publicationTime } from '../lib/articles/published';
import {
  aliasRedirects,
  redirectFilePath,
  redirectPage,
  redirectsFile,
} from '../lib/redirects/alias-redirects';

/** @param contentDir The content root, as in `src/content.config.ts`. */
export function rotativaRedirects(contentDir: string): AstroIntegration {
  let site = 'http://localhost/';
  return {
    name: 'rotativa-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const now = publicationTime(process.env);
        const articles = (await readArticleSources(contentDir))
          .map(validateArticle)
          .flatMap(({ slug, data }) =>
            data && isPublished(data, now)
              ? [{ slug, title: data.title, aliases: data.aliases }]
              : [],
          );
        const redirects = aliasRedirects(articles);
        const pages = process.env['ROTATIVA_REDIRECT_PAGES'] !== 'false';
        for (const redirect of pages ? redirects : []) {
          const file = join(outDir, redirectFilePath(redirect.from));
          // An alias must never replace a real page (the checker reports such collisions).
          if (existsSync(file)) throw new Error(`alias ${redirect.from}: ${file} esiste già`);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, redirectPage(redirect, site));
        }
        await writeFile(join(outDir, '_redirects'), redirectsFile(redirects));
        logger.info(`${redirects.length} redirect da vecchi indirizzi`);
      },
    },
  };
}
