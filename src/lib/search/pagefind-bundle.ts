/**
 * Where the Pagefind bundle lives in the built site: the index writer puts it there and the
 * search page loads it from there. Pagefind finds its other files next to `pagefind.js`.
 *
 * @see https://pagefind.app/docs/search-config/#base-path
 */

export const PAGEFIND_BUNDLE = {
  /** The bundle folder, relative to the output folder. */
  dir: 'pagefind',
  /** URL path of the JS API module. */
  script: '/pagefind/pagefind.js',
  /**
   * The list of the older articles' shards (`archive-steps.ts`), relative to the bundle folder,
   * beside their folder `anni/`. Not Pagefind's: the search integration writes it.
   */
  archiveList: 'anni.json',
} as const;
