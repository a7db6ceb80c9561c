// Netlify keeps no folder between builds unless a build plugin saves it: this one carries
// Astro's content layer, optimized images and incremental-build pages from one deploy to the
// next, as the GitHub workflow and Cloudflare's build cache do.
const ASTRO_CACHE = 'node_modules/.astro';

/** @param {{ utils: { cache: { restore: (path: string) => Promise<boolean> } } }} options */
export async function onPreBuild({ utils }) {
  await utils.cache.restore(ASTRO_CACHE);
}

/** @param {{ utils: { cache: { save: (path: string) => Promise<boolean> } } }} options */
export async function onPostBuild({ utils }) {
  await utils.cache.save(ASTRO_CACHE);
}
