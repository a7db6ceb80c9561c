/**
 * Starts the build's content pass as soon as Astro's configuration is final, with the options
 * the content loaders would give it (`passOptions`). Astro spends its first seconds preparing
 * Vite before the loaders run; the pass (and the body renders it starts) goes on meanwhile, and
 * the loaders find it under way. Only `astro build`: the dev server's loaders run it themselves.
 */
import type { AstroIntegration } from 'astro';
import { contentPass } from '../loaders/content-pass';
import { passOptions } from '../loaders/pass-options';

/** The Astro integration; register it in `astro.config.mjs` under `integrations`. */
export function rotativaContentPass(contentDir: string): AstroIntegration {
  let building = false;
  return {
    name: 'rotativa-content-pass',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': async ({ config }) => {
        if (!building) return;
        // The loaders await the same pass and report its problems; nobody waits for it here.
        contentPass(contentDir, await passOptions(config)).catch(() => {});
      },
    },
  };
}
