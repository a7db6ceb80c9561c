import { markdownConfigDefaults, type MarkdownRenderer, unified } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { gfmWhenUsed, mayUseGfm } from '@/plugins/gfm-when-used';
import { markdownOptions } from '@/plugins/index';

const shared = { ...markdownConfigDefaults, syntaxHighlight: false as const };

let withGfm: MarkdownRenderer;
let whenUsed: MarkdownRenderer;

beforeAll(async () => {
  withGfm = await unified(markdownOptions).createRenderer(shared);
  whenUsed = await gfmWhenUsed(markdownOptions, shared);
});

/** Both renders of `body`: HTML, metadata and what the plugins wrote into the front-matter. */
async function bothRenders(body: string) {
  const render = async (renderer: MarkdownRenderer) => {
    const frontmatter: Record<string, unknown> = { title: 'Prova' };
    const { code, metadata } = await renderer.render(body, { frontmatter });
    return { code, metadata, frontmatter };
  };
  return { gfm: await render(withGfm), whenUsed: await render(whenUsed) };
}

describe('gfmWhenUsed', () => {
  it.each([
    ['a table', '| Modello | Prezzo |\n|---|---|\n| Base | 399 € |'],
    ['strikethrough', 'Costava ~~499 €~~ 399 €.'],
    ['a footnote', 'Secondo i dati[^1].\n\n[^1]: Fonte: Istat.'],
    ['a task list', '- [x] batteria\n- [ ] schermo'],
    ['a bare www address', 'Il sito www.esempio.it è online.'],
    ['a bare https address', 'Vedi https://esempio.it/pagina per i dettagli.'],
    ['an email address', 'Scrivete a redazione@esempio.it.'],
    ['an address as a link’s text', '[https://esempio.it](https://esempio.it/)'],
    ['an escaped bracket before a destination', '\\[nota](https://esempio.it/)'],
    ['a `](` that closes no link', 'testo](https://esempio.it/) e altro'],
    ['a destination with spaces', '[a](https://esempio.it/ pagina)'],
    ['a footnote-like definition', '[^nota]: /pagina/\n\nTesto [^nota].'],
    ['a reference labelled like a task', '- [x] fatto\n\n[x]: /pagina/'],
    ['an address in an image’s text', '![www.esempio.it](/foto.jpg)'],
    ['a link and an autolink', 'Il [sito](https://esempio.it/) e <https://esempio.it/>.'],
  ])('renders a body with %s exactly as GFM does', async (_, body) => {
    const { gfm, whenUsed: rendered } = await bothRenders(body);
    expect(rendered).toEqual(gfm);
  });

  it('reads a body whose only addresses are link destinations as CommonMark', async () => {
    const body =
      '## Prezzi\n\nIl [modello base](https://esempio.it/base) costa 399 €, ' +
      'il [Pro][pro] di più.\n\n[pro]: https://esempio.it/pro';
    expect(mayUseGfm(body)).toBe(false);
    const { gfm, whenUsed: rendered } = await bothRenders(body);
    expect(rendered).toEqual(gfm);
  });

  it('renders any mix of GFM and CommonMark syntax exactly as GFM does', async () => {
    const piece = fc.constantFrom(
      'testo',
      'È l’ora',
      ' ',
      '\n',
      '\n\n',
      '- ',
      '1. ',
      '> ',
      '## ',
      '|',
      ' | ',
      '---',
      '~',
      '~~',
      '[',
      ']',
      '(',
      ')',
      '^',
      '[^1]',
      '[^1]: nota',
      '[x]',
      '[ ]',
      '\\',
      '`',
      '*',
      '_',
      '<',
      '>',
      '!',
      '@',
      'redazione@esempio.it',
      'www.esempio.it',
      'https://esempio.it/a',
      'http://esempio.it',
      '](https://esempio.it/b)',
      '[link](https://esempio.it/c)',
      '[rif]: https://esempio.it/d',
      '[rif]',
      '<https://esempio.it/e>',
      '![foto](/f.jpg)',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const { gfm, whenUsed: rendered } = await bothRenders(pieces.join(''));
        expect(rendered).toEqual(gfm);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300) },
    );
  });
});
