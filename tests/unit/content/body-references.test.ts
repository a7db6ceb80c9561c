import { describe, expect, it } from 'vitest';
import { findBodyReferences, findTargetBlocks } from '../../../src/lib/content/body-references';

describe('findBodyReferences', () => {
  it('finds inline links and images with their line in the file', () => {
    const body = '\nPrimo [articolo](/articoli/x/).\n\n![Un grafico](./images/g.png)\n';
    expect(findBodyReferences(body, { lineOffset: 5 })).toEqual([
      { kind: 'link', url: '/articoli/x/', line: 7 },
      { kind: 'image', url: './images/g.png', alt: 'Un grafico', line: 9 },
    ]);
  });

  it('resolves references through their definitions, at the line of the use', () => {
    const body = 'Vedi [qui][rif] e ![foto][img].\n\n[rif]: /tag/5g/\n[img]: /foto.png\n';
    expect(findBodyReferences(body)).toEqual([
      { kind: 'link', url: '/tag/5g/', line: 1 },
      { kind: 'image', url: '/foto.png', alt: 'foto', line: 1 },
    ]);
  });

  it('reports an image without alternative text with an empty alt', () => {
    expect(findBodyReferences('![](/a.png)')).toEqual([
      { kind: 'image', url: '/a.png', alt: '', line: 1 },
    ]);
  });

  it('does not take footnotes, code or undefined references for links', () => {
    const body = 'Nota[^1], `[no](/x/)` e [senza definizione].\n\n    [no](/y/)\n\n[^1]: fonte\n';
    expect(findBodyReferences(body)).toEqual([]);
  });

  it('includes autolinks, which may name the site itself', () => {
    expect(
      findBodyReferences('Vai su <https://rotativa.example.it/cerca/> o www.example.com'),
    ).toEqual([
      { kind: 'link', url: 'https://rotativa.example.it/cerca/', line: 1 },
      { kind: 'link', url: 'http://www.example.com', line: 1 },
    ]);
  });

  it('skips blocks whose only links lead to other hosts, given the site host', () => {
    const body =
      'Una [fonte](https://www.iea.org/x) e una [mail](mailto:a@b.it).\n\nIl [tag](/tag/5g/) e [noi](https://rotativa.example.it/cerca/).';
    expect(findBodyReferences(body, { siteHost: 'rotativa.example.it' })).toEqual([
      { kind: 'link', url: '/tag/5g/', line: 3 },
      { kind: 'link', url: 'https://rotativa.example.it/cerca/', line: 3 },
    ]);
  });

  it('finds nothing in plain text', () => {
    expect(findBodyReferences('Solo testo, [tra parentesi] e basta.')).toEqual([]);
  });
});

describe('findTargetBlocks', () => {
  it('keeps the blocks that may hold a target, with the body line of each kept line', () => {
    const body = [
      'Testo semplice.',
      '',
      'Un [link](/x/)',
      'su due righe.',
      '',
      'Altro testo.',
      '',
      '![foto](/a.png)',
    ].join('\n');
    expect(findTargetBlocks(body)).toEqual({
      text: 'Un [link](/x/)\nsu due righe.\n\n![foto](/a.png)',
      lines: [3, 4, 7, 8],
    });
  });

  it('keeps fenced code whole, blank lines included, so its brackets stay code', () => {
    const body = '```md\nesempio\n\n[no](/x/)\n```\n\nFine.';
    expect(findTargetBlocks(body).text).toBe('```md\nesempio\n\n[no](/x/)\n```');
    expect(findBodyReferences(body)).toEqual([]);
  });

  it('keeps a list item with its later indented paragraph', () => {
    const body = '1.  Primo punto\n\n    Segue [link](/x/).\n\nFine.';
    expect(findTargetBlocks(body).text).toBe('1.  Primo punto\n\n    Segue [link](/x/).');
    expect(findBodyReferences(body)).toEqual([{ kind: 'link', url: '/x/', line: 3 }]);
  });

  it('keeps every bracket once the body defines references', () => {
    const body = 'Vedi [qui][rif].\n\nNiente.\n\n[rif]: /tag/5g/';
    expect(findTargetBlocks(body).text).toBe('Vedi [qui][rif].\n\n[rif]: /tag/5g/');
  });
});

describe('findBodyReferences and GFM', () => {
  it('does not take a footnote definition for a link definition', () => {
    expect(findBodyReferences('Come detto[^fonte].\n\n[^fonte]: altro/\n')).toEqual([]);
  });

  it('finds bare URLs of the site, as GFM links them', () => {
    expect(
      findBodyReferences('Vedi https://rotativa.example.it/cerca/ oggi.', {
        siteHost: 'rotativa.example.it',
      }),
    ).toEqual([{ kind: 'link', url: 'https://rotativa.example.it/cerca/', line: 1 }]);
  });

  it('finds links inside table cells', () => {
    const body = '| Modello | Prova |\n| --- | --- |\n| A | [qui](/articoli/a/) |\n';
    expect(findBodyReferences(body)).toEqual([{ kind: 'link', url: '/articoli/a/', line: 3 }]);
  });
});
