/**
 * What a sharded build (`ROTATIVA_SHARD=i/n`, set by `npm run build -- --shard i/n`) changes in
 * Astro's process: the prerenderer keeps this shard's pages (`selectPages`), the share cards
 * follow their article's page (`rendersArticle`), and the integrations that write one file per
 * site write it in shard 1 only, seeing every page of the site rather than the ones it rendered
 * (`siteWide`). Without a shard every function lets everything through.
 */
import type { AstroIntegration } from 'astro';
import { articlePath } from '../lib/articles/paths';
import { ownsSiteFiles, rendersPath, shardFromEnv, type Shard } from '../lib/build/shard';

type BuildDoneHook = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

export interface ShardedBuild {
  shard: Shard | undefined;
  /** The integrations that write one file per site, where this shard should run them. */
  siteWide: (integrations: AstroIntegration[]) => AstroIntegration[];
  /** This shard's share of the pages the prerenderer lists, in their order. */
  selectPages: <Path extends { pathname: string; route: { type: string } }>(
    paths: Path[],
  ) => Path[];
  /** Whether this shard draws the share card of the article `slug`. */
  rendersArticle: (slug: string) => boolean;
}

/**
 * The name Astro gives a page in `astro:build:done`'s `pages`, for this site's
 * `trailingSlash: 'always'` and `build.format: 'directory'`.
 */
const pageName = (pathname: string): string => pathname.replace(/\/?$/, '/').replace(/^\//, '');

export function shardedBuild(env: Readonly<Record<string, string | undefined>>): ShardedBuild {
  const shard = shardFromEnv(env);
  let allPages: string[] = [];

  /**
   * Other shards keep the integration's configuration (the Pagefind one sets Vite options that
   * shape `_astro/`, which every shard must bundle alike) and drop what it does in the build.
   */
  const configOnly = (integration: AstroIntegration): AstroIntegration => ({
    ...integration,
    hooks: Object.fromEntries(
      Object.entries(integration.hooks).filter(([name]) => !name.startsWith('astro:build:')),
    ),
  });

  /** The sitemap lists the pages it is told were built: in a shard, those of every shard. */
  const seeingEveryPage = (integration: AstroIntegration): AstroIntegration => {
    const done = integration.hooks['astro:build:done'];
    if (!done) return integration;
    const hook: BuildDoneHook = (options) =>
      done({ ...options, pages: allPages.map((pathname) => ({ pathname })) });
    return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': hook } };
  };

  return {
    shard,
    siteWide: (integrations) =>
      shard === undefined
        ? integrations
        : integrations.map(ownsSiteFiles(shard) ? seeingEveryPage : configOnly),
    selectPages: (paths) => {
      if (shard === undefined) return paths;
      allPages = paths
        .filter(({ route }) => route.type === 'page')
        .map(({ pathname }) => pageName(pathname));
      return paths.filter(({ pathname }) => rendersPath(shard, pathname));
    },
    rendersArticle: (slug) => rendersPath(shard, articlePath(slug)),
  };
}
