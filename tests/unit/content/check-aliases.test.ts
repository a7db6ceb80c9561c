import { describe, expect, it } from 'vitest';
import { formatContentProblem } from '../../../src/lib/errors';
import { checkAliases, type AliasOwner } from '../../../src/lib/content/check-aliases';

const owner = (slug: string, aliases: string[]): AliasOwner => ({
  file: `content/articles/${slug}.md`,
  slug,
  aliases,
  lineOf: (alias) => 10 + aliases.indexOf(alias),
});

const TARGETS = {
  routes: new Set(['/', '/cerca/', '/tag/5g/', '/articoli/a/', '/articoli/b/']),
  articleSlugs: ['a', 'b', 'bozza'],
};

const check = (owners: AliasOwner[]) => checkAliases(owners, TARGETS).map(formatContentProblem);

describe('checkAliases', () => {
  it('accepts distinct old paths and full old URLs, letter case included', () => {
    expect(
      check([
        owner('a', ['/2018/07/04/a.html', 'https://vecchio.example.it/2018/a/']),
        owner('b', ['/2018/07/04/b.html', '/2018/A/']),
      ]),
    ).toEqual([]);
  });

  it('reports an alias two articles claim, on both, whatever the host or trailing slash', () => {
    expect(
      check([
        owner('a', ['/2018/notizia/']),
        owner('b', ['https://vecchio.example.it/2018/notizia']),
      ]),
    ).toEqual([
      'content/articles/a.md:10: aliases: "/2018/notizia/" è anche un alias di content/articles/b.md: ogni indirizzo vecchio porta a un solo articolo',
      'content/articles/b.md:10: aliases: "https://vecchio.example.it/2018/notizia" è anche un alias di content/articles/a.md: ogni indirizzo vecchio porta a un solo articolo',
    ]);
  });

  it('explains that a query address is only its path to a static site', () => {
    expect(check([owner('a', ['/?p=123'])])).toEqual([
      'content/articles/a.md:10: aliases: "/?p=123" coincide con la pagina / del sito (conta solo il percorso: ciò che segue ? o # non arriva ai file di un sito statico)',
    ]);
  });

  it('reports an alias repeated in one article once', () => {
    expect(check([owner('a', ['/x.html', '/x.html'])])).toEqual([
      'content/articles/a.md:10: aliases: "/x.html" compare più volte negli alias di questo articolo',
    ]);
  });

  it.each([
    ['/articoli/b/', 'coincide con l’indirizzo dell’articolo b (/articoli/b/)'],
    ['/articoli/bozza', 'coincide con l’indirizzo dell’articolo bozza (/articoli/bozza/)'],
    ['/articoli/a/', 'è già l’indirizzo di questo articolo: toglilo dagli alias'],
    ['/cerca', 'coincide con la pagina /cerca/ del sito'],
    ['/', 'coincide con la pagina / del sito'],
  ])('reports %s, which is already a page', (alias, message) => {
    expect(check([owner('a', [alias])])).toEqual([
      `content/articles/a.md:10: aliases: "${alias}" ${message}`,
    ]);
  });
});
