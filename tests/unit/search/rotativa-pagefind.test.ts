import { describe, expect, it } from 'vitest';
import { neverInlineScripts } from '../../../src/integrations/rotativa-pagefind';

describe('neverInlineScripts', () => {
  it.each([
    ['_astro/SearchPage.astro_astro_type_script_index_0_lang.DXg2PPGw.js', false],
    ['_astro/chunk.mjs', false],
    ['_astro/global.BxQ1.css', undefined],
    ['_astro/logo.svg', undefined],
    ['_astro/font.woff2', undefined],
  ])('%s → %j (undefined keeps Vite’s 4 kB rule)', (file, expected) => {
    expect(neverInlineScripts(file)).toBe(expected);
  });
});
