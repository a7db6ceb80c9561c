import { describe, expect, it } from 'vitest';
import { formatContentProblem } from '../../../src/lib/errors';
import type { BodyReference } from '../../../src/lib/content/body-references';
import { checkLinks, type LinkTargets } from '../../../src/lib/content/check-links';

const TARGETS: LinkTargets = {
  routes: new Set([
    '/',
    '/articoli/pubblicato/',
    '/tag/5g/',
    '/cerca/',
    '/rss.xml',
    '/favicon.svg',
  ]),
  articles: new Map([
    ['pubblicato', { draft: false }],
    ['bozza', { draft: true }],
    ['domani', { draft: false, scheduledFor: new Date('2026-12-04T06:00:00Z') }],
  ]),
  siteUrl: 'https://rotativa.example.it',
};

const SOURCE = { file: 'content/articles/x.md', slug: 'x', draft: false };
const link = (url: string): BodyReference => ({ kind: 'link', url, line: 12 });
const messages = (url: string, source = SOURCE) =>
  checkLinks(source, [link(url)], TARGETS).map(formatContentProblem);

describe('checkLinks', () => {
  it.each([
    '/articoli/pubblicato/',
    '/articoli/pubblicato/#commenti',
    '/tag/5g/?pagina=1',
    '/cerca/?q=batterie',
    '/rss.xml',
    '/favicon.svg',
    'https://rotativa.example.it/tag/5g/',
    '../pubblicato/',
    '#sezione',
    'https://www.example.com/articoli/nessuno/',
    'mailto:redazione@example.it',
  ])('accepts %s', (url) => {
    expect(messages(url)).toEqual([]);
  });

  it.each([
    [
      '/articoli/nessuno/',
      'content/articles/x.md:12: link: "/articoli/nessuno/" non porta a nessun articolo: nessun file di content/articles ha slug nessuno',
    ],
    [
      '/articoli/bozza/',
      'content/articles/x.md:12: link: "/articoli/bozza/" porta a una bozza (draft: true), che non viene pubblicata: pubblicala o togli il link',
    ],
    [
      '/articoli/pubblicato',
      'content/articles/x.md:12: link: "/articoli/pubblicato" manca la barra finale: scrivi /articoli/pubblicato/',
    ],
    ['/tag/5g', 'content/articles/x.md:12: link: "/tag/5g" manca la barra finale: scrivi /tag/5g/'],
    [
      '/tag/4g/',
      'content/articles/x.md:12: link: "/tag/4g/" non porta a nessuna pagina del sito né a un file di public/',
    ],
    [
      'https://rotativa.example.it/chi-siamo/',
      'content/articles/x.md:12: link: "https://rotativa.example.it/chi-siamo/" non porta a nessuna pagina del sito né a un file di public/ (porta a /chi-siamo/)',
    ],
    [
      'altro/',
      'content/articles/x.md:12: link: "altro/" non porta a nessuna pagina del sito né a un file di public/ (porta a /articoli/x/altro/)',
    ],
    [
      'pubblicato.md',
      'content/articles/x.md:12: link: "pubblicato.md" punta al file Markdown: per un articolo usa il suo indirizzo (/articoli/pubblicato/) (porta a /articoli/x/pubblicato.md)',
    ],
    ['', 'content/articles/x.md:12: link: "" il link è vuoto: scrivi l’indirizzo tra le parentesi'],
  ])('rejects %s', (url, message) => {
    expect(messages(url)).toEqual([message]);
  });

  it('lets a draft link another draft', () => {
    expect(messages('/articoli/bozza/', { ...SOURCE, draft: true })).toEqual([]);
  });

  it('refuses a link to an article scheduled after the linking one, with its Rome time', () => {
    expect(messages('/articoli/domani/')).toEqual([
      'content/articles/x.md:12: link: "/articoli/domani/" porta a un articolo programmato per il 4 dicembre 2026, 07:00, dopo questo: il link sarebbe rotto fino ad allora; programma questo articolo dopo o togli il link',
    ]);
    const earlier = { ...SOURCE, date: new Date('2026-12-04T05:59:00Z') };
    expect(messages('/articoli/domani/', earlier)).toHaveLength(1);
  });

  it('lets an article scheduled at or after the target link it, and a draft too', () => {
    const same = { ...SOURCE, date: new Date('2026-12-04T06:00:00Z') };
    expect(messages('/articoli/domani/', same)).toEqual([]);
    expect(messages('/articoli/domani/', { ...SOURCE, draft: true })).toEqual([]);
  });

  it('ignores images', () => {
    expect(
      checkLinks(SOURCE, [{ kind: 'image', url: '/nessuna.png', alt: 'x', line: 1 }], TARGETS),
    ).toEqual([]);
  });
});
