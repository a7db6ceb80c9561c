/**
 * For its Content-Security-Policy `<meta>`, Astro hashes every inline style and script of every
 * page, one WebCrypto digest each, although every page inlines the same few stylesheets. This
 * integration makes the bundle's copy of Astro's `generateCspDigest` remember its recent results
 * ({@link rememberRecentDigests}). That function is not a public API: when its source no longer
 * has the expected shape the build stops with a message instead of running without the memo.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The module of Astro's that defines `generateCspDigest`. */
const ENCRYPTION_MODULE = /[\\/]astro[\\/]dist[\\/]core[\\/]encryption\.js$/;
/** The declaration, exported in place (`export async function`) or by a list at the end. */
const DECLARATION = /^(export )?async function generateCspDigest\(data, algorithm\) \{$/m;
const memoModule = fileURLToPath(new URL('../lib/build/recent-digests.ts', import.meta.url));

/**
 * Astro's `encryption.js` with `generateCspDigest` remembering recent digests, or `undefined`
 * when the function is not declared as expected. The memo takes the function's name and keeps its
 * export, whichever form the export has.
 */
export function withRecentCspDigests(code: string): string | undefined {
  const declarations = [...code.matchAll(new RegExp(DECLARATION, 'gm'))];
  if (declarations.length !== 1) return undefined;
  const exportedInPlace = declarations[0]![1] !== undefined;
  return [
    `import { rememberRecentDigests as __rotativaRemember } from ${JSON.stringify(memoModule)};`,
    code.replace(DECLARATION, 'async function computeCspDigest(data, algorithm) {'),
    `${exportedInPlace ? 'export ' : ''}const generateCspDigest = __rotativaRemember(computeCspDigest);`,
  ].join('\n');
}

const recentCspDigests: Plugin = {
  name: 'rotativa-csp-digests',
  transform(code, id) {
    if (!ENCRYPTION_MODULE.test(id)) return;
    const changed = withRecentCspDigests(code);
    if (changed === undefined)
      this.error(
        `${id}: generateCspDigest non ha più la forma attesa (src/integrations/rotativa-csp-digests.ts va aggiornato per questa versione di Astro)`,
      );
    return { code: changed, map: null };
  },
};

export function rotativaCspDigests(): AstroIntegration {
  return {
    name: 'rotativa-csp-digests',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [recentCspDigests] } });
      },
    },
  };
}
