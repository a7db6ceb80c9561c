import { describe, expect, it } from 'vitest';
import { bundleContentType, bundleFile } from '../../../src/integrations/dev-search-middleware';

describe('bundleFile', () => {
  it.each([
    ['/pagefind.js', '/cache/dev/pagefind/pagefind.js'],
    ['/anni/2019/pagefind-entry.json?ts=1', '/cache/dev/pagefind/anni/2019/pagefind-entry.json'],
    ['/../../etc/passwd', undefined],
    ['/%2e%2e/secret', undefined],
    ['/', undefined],
  ])('maps %s to %s', (url, expected) => {
    expect(bundleFile('/cache/dev/pagefind', url)).toBe(expected);
  });
});

describe('bundleContentType', () => {
  it.each([
    ['pagefind.js', 'text/javascript; charset=utf-8'],
    ['pagefind-entry.json', 'application/json; charset=utf-8'],
    ['index/it_1a.pf_index', 'application/octet-stream'],
    ['wasm.it.pagefind', 'application/octet-stream'],
  ])('%s is served as %s', (path, type) => {
    expect(bundleContentType(path)).toBe(type);
  });
});
