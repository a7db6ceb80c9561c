/**
 * What the site's build needs from Astro for search: every bundled script in its own file (Astro
 * inlines small `<script>` bundles, which a Content-Security-Policy with `script-src 'self'`
 * would block), and `import.meta.env.ROTATIVA_SEARCH_INDEX`, which tells pages whether an index
 * will exist. The index itself is written by `scripts/build.ts` once Astro has exited
 * (`src/lib/search/index-article-pages.ts`).
 */
import type { AstroIntegration } from 'astro';

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
export function rotativaPagefind(): AstroIntegration {
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
    },
  };
}
