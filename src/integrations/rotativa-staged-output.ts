/**
 * Under `scripts/build.ts`, holds `astro build` at `astro:build:start` until the script has linked
 * the unchanged pages of `dist/` into the staging folder, so the linking overlaps Astro's start
 * and content sync instead of coming before them. A plain `astro build` does not wait.
 */
import type { AstroIntegration } from 'astro';
import { STAGING_READY, STAGING_REQUEST, isMessage } from '../lib/build/staging-messages';

/** The Astro integration; register it in `astro.config.mjs` under `integrations`. */
export function rotativaStagedOutput(): AstroIntegration {
  return {
    name: 'rotativa-staged-output',
    hooks: {
      'astro:build:start': async () => {
        const send = process.send?.bind(process);
        if (process.env['ROTATIVA_KEEP_OUT_DIR'] !== '1' || !send) return;
        await new Promise<void>((resolve) => {
          const onMessage = (message: unknown) => {
            if (!isMessage(message, STAGING_READY)) return;
            process.off('message', onMessage);
            // The channel must not keep Astro's process alive once the build is done.
            process.channel?.unref();
            resolve();
          };
          process.on('message', onMessage);
          send(STAGING_REQUEST);
        });
      },
    },
  };
}
