/**
 * Share images for the build: as the build's content pass checks each article, it starts drawing
 * the card of every article without a cover (`share-images/`), on worker threads beside the
 * content sync and Astro's rendering, and at `astro:build:done` it puts them at
 * `/condivisione/<slug>.png`, the address article pages give as `og:image`. A failure fails the
 * build. Under `astro dev` a card is drawn when asked for (`share-images/share-image-dev.ts`).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SHARE_IMAGE_DIR, shareImagePath } from '../lib/articles/paths';
import { publicationTime } from '../lib/articles/published';
import { SITE } from '../site.config';
import { contentPass, onCheckedArticle, passOnceStarted } from '../loaders/content-pass';
import { devShareImageMiddleware } from './share-images/share-image-dev';
import {
  publishShareImages,
  startShareImages,
  type ShareImagesResult,
} from './share-images/share-image-run';

const shareSite = { name: SITE.name, timeZone: SITE.timeZone };

/**
 * The Astro integration; register it in `astro.config.mjs` under `integrations`.
 * `drawsArticle` picks the cards of a sharded build's share of the articles.
 */
export function rotativaShareImages(
  contentDir: string,
  drawsArticle: (slug: string) => boolean = () => true,
): AstroIntegration {
  let cacheRoot = '';
  let building = false;
  let run: Promise<ShareImagesResult> | undefined;
  // Until every page is rendered, drawing leaves Astro a core of its own.
  const rendered = Promise.withResolvers<void>();
  return {
    name: 'rotativa-share-images',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        cacheRoot = join(fileURLToPath(config.cacheDir), 'rotativa-share');
        if (!building) return;
        // Each card starts as soon as the content pass has checked its article, not once the
        // whole pass is over: fewer cards are left to draw when the pages are written.
        const drawing = startShareImages({
          cacheRoot,
          site: shareSite,
          now: publicationTime(process.env),
          rendered: rendered.promise,
        });
        onCheckedArticle(contentDir, (article) => {
          if (drawsArticle(article.slug)) drawing.add(article);
        });
        run = passOnceStarted(contentDir).then(({ articles }) =>
          drawing.finish(articles.filter(({ slug }) => drawsArticle(slug))),
        );
        // Awaited at build:done; until then a failure must not count as unhandled.
        run.catch(() => {});
      },
      'astro:server:setup': ({ server }) => {
        // Through the dev server's module graph: the one that loaded this file is closed by now.
        const loadRenderer = async () =>
          (
            (await server.ssrLoadModule(
              fileURLToPath(new URL('./share-images/share-image-tasks.ts', import.meta.url)),
            )) as typeof import('./share-images/share-image-tasks')
          ).drawCard;
        server.middlewares.use(
          dirname(shareImagePath('_')),
          devShareImageMiddleware({ contentDir, cacheRoot, site: shareSite, loadRenderer }),
        );
      },
      // The loaders ran the pass during the content sync; should none have, it runs now.
      'astro:build:start': () => void contentPass(contentDir).catch(() => {}),
      'astro:build:generated': () => rendered.resolve(),
      'astro:build:done': async ({ dir, logger }) => {
        rendered.resolve();
        if (!run) return;
        const started = performance.now();
        const { images, drawn, reused } = await run;
        await publishShareImages(images, fileURLToPath(dir), SHARE_IMAGE_DIR, shareImagePath);
        logger.info(
          `immagini di condivisione: ${images.length} (${drawn} disegnate, ${reused} dalla build precedente); attesa ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
