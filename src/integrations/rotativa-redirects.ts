/**
 * Writes the alias redirect pages and `_redirects` into the build output. Aliases come from the
 * build's content pass (the one the content loaders ran and `npm run check` runs), so build and
 * check agree and the articles are not read again. On hosts that read `_redirects` (Netlify,
 * Cloudflare), `ROTATIVA_REDIRECT_PAGES=false` leaves the HTML pages out: one file fewer per
 * alias against the hosts' file-count limits.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentPass } from '../loaders/content-pass';
import { resolveUnder } from '../lib/paths/resolve-under';
import { isPublished, publicationTime } from '../lib/articles/published';
import {
  aliasFile,
  aliasRedirects,
  redirectPage,
  redirectsFile,
} from '../lib/redirects/alias-redirects';

/** @param contentDir The content root, as in `src/content.config.ts`. */
export function rotativaRedirects(contentDir: string): AstroIntegration {
  let site = 'http://localhost/';
  let root = process.cwd();
  let publicDir = 'public';
  return {
    name: 'rotativa-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        root = fileURLToPath(config.root);
        publicDir = relative(root, fileURLToPath(config.publicDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const now = publicationTime(process.env);
        const { articles: checked } = await contentPass(contentDir, { cwd: root, publicDir, now });
        const articles = checked.flatMap(({ slug, data }) =>
          data && isPublished(data, now)
            ? [{ slug, title: data.title, aliases: data.aliases }]
            : [],
        );
        const redirects = aliasRedirects(articles);
        const pages = process.env['ROTATIVA_REDIRECT_PAGES'] !== 'false';
        for (const redirect of pages ? redirects : []) {
          // The schema refuses such aliases already; this is the last word before the disk.
          const target = aliasFile(redirect.from);
          const resolved = target.ok ? resolveUnder(outDir, target.file) : target;
          if (!resolved.ok) throw new Error(`alias ${redirect.from}: ${resolved.message}`);
          const file = resolved.path;
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
