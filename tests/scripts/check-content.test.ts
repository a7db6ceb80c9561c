import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesOf, runScript } from './run-script';
import { PROJECT_ROOT } from '../helpers/build-site';

const PROBLEMS = 'tests/fixtures/check/problems';
const CLEAN = 'tests/fixtures/check/clean';

// One line per problem of the fixture, each naming the file, the line and the field.
// prettier-ignore
const EXPECTED = [
  `${PROBLEMS}/articles/altro-doppio.md:4: slug: "doppio" è usato da più articoli (${PROBLEMS}/articles/doppio.md): rinomina il file o imposta uno slug diverso`,
  `${PROBLEMS}/articles/collegamenti.md:7: cover.src: "./images/copertina-mancante.jpg" il file non esiste (il percorso parte dalla cartella del file .md)`,
  `${PROBLEMS}/articles/collegamenti.md:9: aliases: "/2018/07/04/vecchio.html" è anche un alias di ${PROBLEMS}/articles/una-bozza.md: ogni indirizzo vecchio porta a un solo articolo`,
  `${PROBLEMS}/articles/collegamenti.md:10: aliases: "/articoli/una-bozza/" coincide con l’indirizzo dell’articolo una-bozza (/articoli/una-bozza/)`,
  `${PROBLEMS}/articles/collegamenti.md:13: link: "/articoli/inesistente/" non porta a nessun articolo: nessun file di content/articles ha slug inesistente`,
  `${PROBLEMS}/articles/collegamenti.md:14: link: "/articoli/una-bozza/" porta a una bozza (draft: true), che non viene pubblicata: pubblicala o togli il link`,
  `${PROBLEMS}/articles/collegamenti.md:16: link: "/tag/nessuno/" non porta a nessuna pagina del sito né a un file di public/`,
  `${PROBLEMS}/articles/collegamenti.md:18: immagine: "./images/manca.png" il file non esiste (il percorso parte dalla cartella del file .md)`,
  `${PROBLEMS}/articles/collegamenti.md:20: immagine: "./images/grafico.png" manca il testo alternativo: descrivi l’immagine tra le quadre, ![descrizione](…)`,
  `${PROBLEMS}/articles/data-sbagliata.md:3: date: "04 Lugio 2018" non è una data valida: il mese "Lugio" non esiste, forse "Luglio"? (formati accettati: 04 Luglio 2018, 4 lug 2018, 04 Luglio 2018 10:30, 2018-07-04, 2018-07-04T10:30:00+02:00)`,
  `${PROBLEMS}/articles/doppio.md: slug: "doppio" è usato da più articoli (${PROBLEMS}/articles/altro-doppio.md): rinomina il file o imposta uno slug diverso`,
  `${PROBLEMS}/articles/una-bozza.md:5: aliases: "/2018/07/04/vecchio.html" è anche un alias di ${PROBLEMS}/articles/collegamenti.md: ogni indirizzo vecchio porta a un solo articolo`,
  `${PROBLEMS}/comments/collegamenti.json:7: comments[1] (id "c2").parent: "c9" non corrisponde a nessun commento del file (usa null per un commento principale)`,
  `${PROBLEMS}/comments/orfano.json: article: "orfano" non corrisponde a nessun articolo (manca content/articles/orfano.md o un articolo con slug: orfano)`,
  `${PROBLEMS}/comments/rotto.json:4: (file): non è JSON valido (Expected ',' or '}' after property value in JSON at position 41 (line 4 column 3))`,
];

describe('npm run check', () => {
  it('reports every problem of a folder once, with path, line and field, and exits 1', () => {
    const run = runScript('check-content.ts', ['--content-dir', PROBLEMS]);
    expect(run.status).toBe(1);
    expect(linesOf(run.stderr)).toEqual(EXPECTED);
    expect(run.stdout).toMatch(/^5 articoli, 3 file di commenti: 15 problemi \(\d+\.\d s\)\n$/);
  });

  it('passes clean content, with links, images, aliases, drafts and comments, and exits 0', () => {
    const run = runScript('check-content.ts', ['--content-dir', CLEAN]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^4 articoli, 1 file di commenti: nessun problema \(\d+\.\d s\)\n$/);
    expect(run.status).toBe(0);
  });

  it('lists the scheduled articles, soonest first, with their Rome time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotativa-programmati-'));
    mkdirSync(join(dir, 'articles'));
    const write = (name: string, title: string, date: string) =>
      writeFileSync(
        join(dir, 'articles', name),
        `---\ntitle: ${title}\ndate: ${date}\n---\n\nTesto.\n`,
      );
    write('uscito.md', 'Già uscito', '02 Dicembre 2026 10:00');
    write('dopo.md', 'La prova', '10 Dicembre 2026 16:30');
    write('lancio.md', 'Il lancio', '04 Dicembre 2026 07:00');
    const run = runScript('check-content.ts', ['--content-dir', dir], {
      ROTATIVA_NOW: '2026-12-03T21:00:00Z',
    });
    rmSync(dir, { recursive: true });
    const shown = relative(PROJECT_ROOT, dir);
    expect(linesOf(run.stdout).slice(0, 3)).toEqual([
      'Programmati (escono da soli alla prima build dopo l’ora indicata, ora di Roma):',
      `  4 dicembre 2026, 07:00  ${shown}/articles/lancio.md  «Il lancio»`,
      `  10 dicembre 2026, 16:30  ${shown}/articles/dopo.md  «La prova»`,
    ]);
    expect(run.status).toBe(0);
  });

  it('counts an empty folder as nothing wrong', () => {
    const empty = mkdtempSync(join(tmpdir(), 'rotativa-vuota-'));
    const run = runScript('check-content.ts', ['--content-dir', empty]);
    rmSync(empty, { recursive: true });
    expect(run.stdout).toMatch(/^0 articoli, 0 file di commenti: nessun problema/);
    expect(run.status).toBe(0);
  });

  it('stops on a folder that does not exist instead of reading it as an empty archive', () => {
    const run = runScript('check-content.ts', [
      '--content-dir',
      'tests/fixtures/check/nessuna-cartella',
    ]);
    expect(linesOf(run.stderr)).toEqual([
      'tests/fixtures/check/nessuna-cartella: (cartella): la cartella dei contenuti non esiste: controlla il percorso',
    ]);
    expect(run.status).toBe(1);
  });

  it('refuses an unknown option with the usage line and exit code 2', () => {
    const run = runScript('check-content.ts', ['--contenuti', CLEAN]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('opzione sconosciuta: --contenuti');
    expect(run.stderr).toContain('Uso: npm run check [-- --content-dir content]');
  });

  it('agrees with the build, which stops on the same problems before running Astro', () => {
    const run = runScript('build.ts', [
      '--content',
      PROBLEMS,
      '--out',
      'tests/fixtures/check/nessun-dist',
    ]);
    expect(run.status).toBe(1);
    expect(linesOf(run.stderr).filter((line) => line.startsWith(`${PROBLEMS}/`))).toEqual(EXPECTED);
    expect(run.stderr).toContain('15 problemi');
  });
});

describe('npm run check: hostile aliases', () => {
  it('reports a lone % in an alias as a problem and still reports every other one', () => {
    const content = mkdtempSync(join(tmpdir(), 'rotativa-alias-'));
    mkdirSync(join(content, 'articles'));
    writeFileSync(
      join(content, 'articles', 'sconto.md'),
      '---\ntitle: Sconto\ndate: 04 Luglio 2018\naliases:\n  - /sconto-100%.html\n  - /..%2FPWNED.html\n---\nTesto.\n',
    );
    writeFileSync(
      join(content, 'articles', 'altro.md'),
      '---\ntitle: Altro\ndate: 04 Lugio 2018\n---\nTesto.\n',
    );
    const run = runScript('check-content.ts', ['--content-dir', content]);
    rmSync(content, { recursive: true });
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain('URIError');
    const lines = linesOf(run.stderr).map((line) => line.replace(/^.*?\/articles\//, '/articles/'));
    expect(lines).toEqual([
      expect.stringMatching(
        /^\/articles\/altro\.md:3: date: "04 Lugio 2018" non è una data valida/,
      ),
      '/articles/sconto.md:5: aliases[0]: "/sconto-100%.html" contiene un % che non introduce un carattere codificato: scrivi %25 al posto di %',
      '/articles/sconto.md:6: aliases[1]: "/..%2FPWNED.html" contiene %2F, %5C o un . / .. codificato: non è un percorso di questo sito',
    ]);
  });
});
