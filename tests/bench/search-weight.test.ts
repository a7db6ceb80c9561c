import { describe, expect, it } from 'vitest';
import {
  classifySearchPath,
  formatKilobytes,
  formatPartWeights,
  isCompressible,
  weighByPart,
} from '../../bench/search-weight';

describe('classifySearchPath', () => {
  // prettier-ignore
  it.each([
    ['/cerca/', 'pagina'],
    ['/_astro/search.B1x.css', 'pagina'],
    ['/_astro/SearchPage.astro_astro_type_script_index_0_lang.DXg2PPGw.js', 'script della pagina'],
    ['/pagefind/pagefind.js', 'runtime Pagefind'],
    ['/pagefind/pagefind-worker.js', 'runtime Pagefind'],
    ['/pagefind/wasm.it.pagefind', 'runtime Pagefind'],
    ['/pagefind/wasm.unknown.pagefind', 'runtime Pagefind'],
    ['/pagefind/pagefind-entry.json', 'metadati'],
    ['/pagefind/pagefind.it_77eef488bc.pf_meta', 'metadati'],
    ['/pagefind/index/it_6ddb68b.pf_index', 'indice delle parole'],
    ['/pagefind/filter/it_1497b24.pf_filter', 'filtri'],
    ['/pagefind/fragment/it_43c76a6.pf_fragment', 'frammenti'],
    ['/pagefind/pagefind-ui.js', 'UI Pagefind non usate'],
    ['/pagefind/pagefind-component-ui.css', 'UI Pagefind non usate'],
    ['/pagefind/pagefind-highlight.js', 'UI Pagefind non usate'],
    ['/pagefind/anni/2019/pagefind-entry.json', 'metadati'],
    ['/pagefind/anni.json', 'elenco parti vecchie'],
    ['/pagefind/anni/2024-05/pagefind.it_1a2b3c4d5e.pf_meta', 'metadati'],
    ['/pagefind/anni/2024-05/index/it_6ddb68b.pf_index', 'indice delle parole'],
    ['/pagefind/anni/2019/filter/it_1497b24.pf_filter', 'filtri'],
    ['/pagefind/anni/2019/fragment/it_43c76a6.pf_fragment', 'frammenti'],
    ['/_astro/batteria-calore.Bfxi_Xgw_Z1dprwm.webp', 'immagini'],
    ['/favicon.svg', 'immagini'],
    ['/rss.xml', 'altro'],
  ])('%s → %s', (path, part) => {
    expect(classifySearchPath(path)).toBe(part);
  });
});

describe('isCompressible', () => {
  it.each([
    ['/cerca/', true],
    ['/pagefind/pagefind.js', true],
    ['/pagefind/pagefind-entry.json', true],
    ['/pagefind/wasm.it.pagefind', false],
    ['/pagefind/fragment/it_43c76a6.pf_fragment', false],
    ['/_astro/cover.webp', false],
  ])('%s → %j', (path, expected) => {
    expect(isCompressible(path)).toBe(expected);
  });
});

describe('weighByPart', () => {
  it('adds up files per part, in display order, leaving out empty parts', () => {
    expect(
      weighByPart([
        { path: '/pagefind/fragment/a.pf_fragment', bytes: 1000, gzipBytes: 1000 },
        { path: '/cerca/', bytes: 12000, gzipBytes: 3600 },
        { path: '/pagefind/fragment/b.pf_fragment', bytes: 500, gzipBytes: 500 },
      ]),
    ).toEqual([
      { part: 'pagina', files: 1, bytes: 12000, gzipBytes: 3600 },
      { part: 'frammenti', files: 2, bytes: 1500, gzipBytes: 1500 },
    ]);
  });
});

describe('formatKilobytes', () => {
  it.each([
    [0, '0,0 kB'],
    [12345, '12,3 kB'],
    [1_234_567, '1234,6 kB'],
    [12_345_678, '12.345,7 kB'],
  ])('%j bytes → %j', (bytes, expected) => {
    expect(formatKilobytes(bytes)).toBe(expected);
  });
});

describe('formatPartWeights', () => {
  it('prints one line per part and a total, leaving out skipped parts', () => {
    const rows = weighByPart([
      { path: '/cerca/', bytes: 12000, gzipBytes: 3600 },
      { path: '/pagefind/pagefind.js', bytes: 47000, gzipBytes: 15000 },
      { path: '/pagefind/pagefind-ui.js', bytes: 126000, gzipBytes: 40000 },
    ]);
    expect(formatPartWeights(rows, { skip: ['UI Pagefind non usate'] })).toMatchInlineSnapshot(`
      "  pagina                        1 file       12,0 kB        3,6 kB gzip
        runtime Pagefind              1 file       47,0 kB       15,0 kB gzip
        totale                        2 file       59,0 kB       18,6 kB gzip"
    `);
  });
});
