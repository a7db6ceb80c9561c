/**
 * The `_headers` rules against every file of the built site, as Netlify and Cloudflare Pages
 * apply them: all matching rules add their headers, and one header from two rules would be sent
 * with both values joined, so each file must get at most one Cache-Control.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { matchesPattern, parseHeadersFile, type HeaderRule } from '../helpers/static-server';

let rules: HeaderRule[];
let paths: string[];

/** The values of `name` that the rules give `path`, one per matching rule. */
const valuesFor = (path: string, name: string): string[] =>
  rules
    .filter((rule) => matchesPattern(rule.pattern, path))
    .flatMap((rule) =>
      rule.headers
        .filter(([key]) => key.toLowerCase() === name.toLowerCase())
        .map(([, value]) => value),
    );

/** URL path of a built file: `articoli/x/index.html` is requested as `/articoli/x/`. */
const urlPath = (file: string): string =>
  `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

beforeAll(() => {
  const siteDir = inject('siteDir');
  rules = parseHeadersFile(readFileSync(join(siteDir, '_headers'), 'utf8'));
  paths = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== '_headers' && entry.name !== '_redirects')
    .map((entry) => urlPath(relative(siteDir, join(entry.parentPath, entry.name))));
});

describe('_headers on the built site', () => {
  it('gives every file the security headers, once', () => {
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      for (const header of [
        'Content-Security-Policy',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
      ]) {
        expect(valuesFor(path, header), `${header} of ${path}`).toHaveLength(1);
      }
    }
  });

  it('never gives one file two Cache-Control values', () => {
    const doubled = paths.filter((path) => valuesFor(path, 'Cache-Control').length > 1);
    expect(doubled).toEqual([]);
  });

  it('caches hashed assets and Pagefind chunks for a year, immutably', () => {
    const hashed = paths.filter((path) =>
      /^\/_astro\/|^\/pagefind\/(fragment|index|filter)\/|\.pf_meta$/.test(path),
    );
    expect(hashed.some((path) => path.startsWith('/_astro/'))).toBe(true);
    expect(hashed.some((path) => path.startsWith('/pagefind/fragment/'))).toBe(true);
    for (const path of hashed) {
      expect(valuesFor(path, 'Cache-Control'), path).toEqual([
        'public, max-age=31536000, immutable',
      ]);
    }
  });

  it('makes pages, feeds and Pagefind entry points revalidate', () => {
    const fresh = paths.filter(
      (path) =>
        path.endsWith('/') ||
        /\.xml$/.test(path) ||
        /^\/pagefind\/(pagefind\.js|pagefind-entry\.json|pagefind-worker\.js|wasm\.\w+\.pagefind|anni\.json)$/.test(
          path,
        ),
    );
    for (const path of [
      '/',
      '/cerca/',
      '/rss.xml',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.it.pagefind',
      '/pagefind/anni.json',
    ]) {
      expect(fresh, path).toContain(path);
    }
    for (const path of fresh) {
      const [value, ...more] = valuesFor(path, 'Cache-Control');
      expect(more, path).toEqual([]);
      expect(value, path).toMatch(/^public, max-age=(0|300), must-revalidate$/);
    }
  });
});
