/**
 * The two messages by which `astro build` waits for `scripts/build.ts` to fill the staging folder
 * with the unchanged pages of the live `dist/`: the script links them while Astro starts and
 * checks the content, and Astro writes nothing into the folder before they are all there.
 */

/** Sent by Astro's process at `astro:build:start`, before anything is written. */
export const STAGING_REQUEST = { type: 'rotativa:staging-request' } as const;

/** The script's answer, once the staging folder holds every page it could keep. */
export const STAGING_READY = { type: 'rotativa:staging-ready' } as const;

/** Whether `message` is `expected`. */
export const isMessage = (message: unknown, expected: { type: string }): boolean =>
  (message as { type?: unknown } | undefined)?.type === expected.type;
