/**
 * Rotativa's search integration: once `astro build` has written every page, indexes the article
 * pages with Pagefind into `<outDir>/pagefind/`. It runs inside the staged build, so an index
 * error fails `astro build` and the live `dist/` is left as it was.
 *
 * It also keeps every bundled script in its own file (Astro inlines small `<script>` bundles,
 * which a Content-Security-Policy with `script-src 'self'` would block) and tells pages whether
 * an index will exist, through `import.meta.env.ROTATIVA_SEARCH_INDEX`.
 *
 * @see https://docs.astro.build/en/reference/integrations-reference/#astrobuilddone
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { articlePath } from '../lib/articles/paths';
import { writeSearchIndex } from '../lib/search/pagefind-index';
import { SITE } from '../site.config';

/** Options of {@link rotativaPagefind}. */
export interface RotativaPagefindOptions {
  /** ISO 639-1 language of the index (stemming, word splitting). Default: from `SITE.locale`. */
  language?: string;
}

/** `/articoli/`: where article pages live, from the route contract in `paths.ts`. */
const [ARTICLES_PATH = '/'] = articlePath('{slug}').split('{slug}');
/** The same, as a folder of the output: `articoli/`. */
const ARTICLES_DIR = ARTICLES_PATH.slice(1);

/**
 * Vite's `build.assetsInlineLimit` as a function: never inline JavaScript (so no inline
 * `<script>` reaches the HTML), and leave every other asset to the default 4 kB rule.
 *
 * @see https://vite.dev/config/build-options#build-assetsinlinelimit
 */
export function neverInlineScripts(filePath: string): false | undefined {
  return /\.[cm]?js$/.test(filePath) ? false : undefined;
}

/** The Astro integration; register it in `astro.config.mjs` under `integrations`. */
export function rotativaPagefind({
  language = new Intl.Locale(SITE.locale).language,
}: RotativaPagefindOptions = {}): AstroIntegration {
  return {
    name: 'rotativa-pagefind',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: {
            define: {
              'import.meta.env.ROTATIVA_SEARCH_INDEX': JSON.stringify(command === 'build'),
            },
            build: { assetsInlineLimit: neverInlineScripts },
          },
        });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const articles = pages.filter(({ pathname }) =>
          pathname.replace(/^\//, '').startsWith(ARTICLES_DIR),
        );
        const { pageCount } = await writeSearchIndex({
          siteDir: fileURLToPath(dir),
          language,
          glob: `${ARTICLES_DIR}**/index.html`,
          expectedPages: articles.length,
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `indice di ricerca: ${pageCount} articoli (lingua "${language}") in ${seconds} s`,
        );
      },
    },
  };
}
