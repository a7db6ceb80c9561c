/**
 * The Content-Security-Policy every page carries in a `<meta>` (Astro's `security.csp`), so it
 * holds on hosts that ignore `public/_headers` (GitHub Pages). The same sources as `_headers`:
 * scripts from the site only (plus WebAssembly compilation for search), styles from the site
 * and inline (Astro inlines small stylesheets, Shiki colours code with style attributes), and
 * nothing from another origin. `frame-ancestors` has no effect in a `<meta>`: it stays in
 * `_headers`.
 *
 * @see https://docs.astro.build/en/reference/configuration-reference/#securitycsp
 */

import type { AstroUserConfig } from 'astro';

/** `security.csp` for `astro.config.mjs`. */
export const contentSecurityPolicy: NonNullable<NonNullable<AstroUserConfig['security']>['csp']> = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
};
