// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { markdownOptions } from './src/plugins/index.ts';
import { pooledUnified } from './src/plugins/pooled-unified.ts';
import { SITE } from './src/site.config.ts';
import { rotativaPagefind } from './src/integrations/rotativa-pagefind.ts';
import { rotativaShareImages } from './src/integrations/rotativa-share-images.ts';
import { rotativaRedirects } from './src/integrations/rotativa-redirects.ts';
import { rotativaPrerenderer } from './src/integrations/rotativa-prerenderer.ts';
import { rotativaStagedOutput } from './src/integrations/rotativa-staged-output.ts';
import { rotativaContentAssets } from './src/integrations/rotativa-content-assets.ts';
import { rotativaCspDigests } from './src/integrations/rotativa-csp-digests.ts';
import { rotativaContentPass } from './src/integrations/rotativa-content-pass.ts';
import { rotativaLeanHeap } from './src/integrations/rotativa-lean-heap.ts';
import { rotativaDataStoreFile } from './src/integrations/rotativa-data-store-file.ts';
import { CONTENT_DIR } from './src/content-dir.ts';
import { CACHE_DIR } from './src/cache-dir.ts';
import { contentSecurityPolicy } from './src/security/csp.ts';
import { sitemapOptions } from './src/integrations/sitemap-options.ts';
import { shardedBuild } from './src/integrations/rotativa-shard.ts';

const outDir = process.env.ROTATIVA_OUT_DIR ?? './dist';
// `npm run build -- --shard i/n` renders a share of the pages; a whole build is unchanged.
const sharding = shardedBuild(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  outDir,
  // Fixture and benchmark builds get their own content-layer cache.
  cacheDir: CACHE_DIR,
  // Each page waits on files (its body and comment records, its own output): a few pages in
  // flight keep the rendering thread busy meanwhile.
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    // `unified(markdownOptions)`, rendering on worker threads once the site is big enough.
    processor: pooledUnified(markdownOptions, {
      optionsModule: new URL('./src/plugins/index.ts', import.meta.url),
    }),
    // Light and dark code themes whose comments pass WCAG AA contrast.
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark-default' } },
  },
  integrations: [
    // First, so the content pass starts before any other integration's hooks.
    rotativaContentPass(CONTENT_DIR),
    rotativaLeanHeap(),
    rotativaDataStoreFile(),
    ...sharding.siteWide([
      sitemap(sitemapOptions(CONTENT_DIR)),
      rotativaPagefind(CONTENT_DIR),
      rotativaRedirects(CONTENT_DIR),
    ]),
    rotativaShareImages(CONTENT_DIR, sharding.rendersArticle),
    rotativaPrerenderer({ selectPages: sharding.selectPages }),
    rotativaStagedOutput(),
    rotativaContentAssets(),
    rotativaCspDigests(),
  ],
  // AVIF at sharp's effort 2 instead of 4: a third of the encoding time for files about 10 %
  // larger (docs/performance.md). Encoded images stay in the cache folder between builds.
  image: {
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
  devToolbar: { enabled: false },
  // The CSP travels in every page, for hosts that ignore public/_headers.
  security: { csp: contentSecurityPolicy },
  // scripts/build.ts fills the staging folder with the unchanged pages before Astro starts.
  vite: {
    build: { emptyOutDir: process.env.ROTATIVA_KEEP_OUT_DIR !== '1' },
    // The search worker imports Pagefind's ES module at run time (`src/client/search/`).
    worker: { format: 'es' },
  },
  // Pages whose `cacheKey` and templates are unchanged are copied from the cache folder instead
  // of rendered again; each page's key names the content it shows (src/lib/articles/page-cache-key.ts).
  experimental: {
    incrementalBuild: true,
  },
});
