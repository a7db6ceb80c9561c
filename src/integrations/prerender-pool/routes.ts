import type { RouteData } from 'astro';

/** The part of Astro's built app manifest that lists its routes. */
export interface ManifestRoutes {
  routes: readonly { routeData: RouteData }[];
}

/**
 * Every route Astro may hand to `render()`, in manifest order, each route's fallback routes
 * after it: the build thread and a worker load the same bundle, so a position names the same
 * route on both sides.
 */
export function routeList(manifest: ManifestRoutes): RouteData[] {
  return manifest.routes.flatMap(({ routeData }) => [routeData, ...routeData.fallbackRoutes]);
}
