import { describe, expect, it } from 'vitest';
import {
  aliasFile,
  aliasPath,
  aliasRedirects,
  redirectFilePath,
  redirectPage,
  redirectsFile,
} from '../../../src/lib/redirects/alias-redirects';

describe('aliasPath', () => {
  it.each([
    ['/2018/07/04/xiaomi.html', '/2018/07/04/xiaomi.html'],
    ['https://www.vecchio-sito.it/2018/07/04/xiaomi.html?utm=x#c', '/2018/07/04/xiaomi.html'],
    ['notizie/xiaomi', '/notizie/xiaomi'],
    ['  /notizie/xiaomi/  ', '/notizie/xiaomi/'],
  ])('keeps only the path of %j', (alias, path) => {
    expect(aliasPath(alias)).toBe(path);
  });
});

describe('redirectFilePath', () => {
  it.each([
    ['/2018/07/04/xiaomi.html', '2018/07/04/xiaomi.html'],
    ['/notizie/xiaomi', 'notizie/xiaomi/index.html'],
    ['/notizie/xiaomi/', 'notizie/xiaomi/index.html'],
    ['/notizie/perch%C3%A9', 'notizie/perché/index.html'],
  ])('serves %j from %j', (path, file) => {
    expect(redirectFilePath(path)).toBe(file);
  });
});

describe('aliasRedirects', () => {
  it('lists every alias of every article, sorted, pointing at the article route', () => {
    expect(
      aliasRedirects([
        { slug: 'b', title: 'B', aliases: ['/z.html', 'https://old.example/a/'] },
        { slug: 'a', title: 'A', aliases: [] },
      ]),
    ).toEqual([
      { from: '/a/', to: '/articoli/b/', title: 'B' },
      { from: '/z.html', to: '/articoli/b/', title: 'B' },
    ]);
  });

  it('drops an alias that is the article’s own path', () => {
    expect(aliasRedirects([{ slug: 'a', title: 'A', aliases: ['/articoli/a/'] }])).toEqual([]);
  });
});

describe('redirectPage', () => {
  const html = redirectPage(
    { from: '/x.html', to: '/articoli/a/', title: 'Un "titolo" <strano>' },
    'https://rotativa.example.it',
  );

  it('redirects with a meta refresh and a canonical link, without script', () => {
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=https://rotativa.example.it/articoli/a/">',
    );
    expect(html).toContain('<link rel="canonical" href="https://rotativa.example.it/articoli/a/">');
    expect(html).not.toContain('<script');
  });

  it('escapes the title', () => {
    expect(html).toContain('Un &#34;titolo&#34; &#60;strano&#62;');
  });
});

describe('redirectsFile', () => {
  it('writes one 301 line per redirect, URL-encoded', () => {
    expect(
      redirectsFile([
        { from: '/a.html', to: '/articoli/a/', title: 'A' },
        { from: '/perché/', to: '/articoli/b/', title: 'B' },
      ]),
    ).toBe('/a.html /articoli/a/ 301\n/perch%C3%A9/ /articoli/b/ 301\n');
  });
});

describe('aliasFile', () => {
  it.each([
    ['/2018/07/04/xiaomi.html', '2018/07/04/xiaomi.html'],
    ['https://vecchio.example.it/notizie/perch%C3%A9?x=1', 'notizie/perché/index.html'],
    ['/domande%3F.html', 'domande?.html'],
    ['/../a.html', 'a.html'],
  ])('turns %j into the file %j', (alias, file) => {
    expect(aliasFile(alias)).toMatchObject({ ok: true, file });
  });

  it.each([
    ['/..%2FPWNED.html', /%2F/],
    ['/a/%2e%2e%2f%2e%2e%2fPWNED.html', /%2F/],
    ['/..%5CPWNED.html', /%5C/],
    ['/sconto-100%.html', /scrivi %25 al posto di %/],
    ['/a%00.html', /caratteri non ammessi/],
    [`/${'x'.repeat(300)}.html`, /più lungo/],
    ['http://[::1', /non è un indirizzo valido/],
  ])('refuses %j without throwing', (alias, message) => {
    const file = aliasFile(alias);
    expect(file.ok).toBe(false);
    if (!file.ok) expect(file.message).toMatch(message);
  });
});

describe('redirectsFile: encoding', () => {
  it('writes an already encoded path once, not double-encoded', () => {
    expect(redirectsFile([{ from: '/domande%3F.html', to: '/articoli/a/', title: 'A' }])).toBe(
      '/domande%3F.html /articoli/a/ 301\n',
    );
  });
});
