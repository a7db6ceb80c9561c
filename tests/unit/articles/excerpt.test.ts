import { describe, expect, it } from 'vitest';
import { EXCERPT_MAX, excerptFromMarkdown } from '@/lib/articles/excerpt';

describe('excerptFromMarkdown', () => {
  it.each([
    ['plain paragraph', 'Xiaomi arriva negli Stati Uniti.', 'Xiaomi arriva negli Stati Uniti.'],
    ['heading skipped', '# Titolo\n\n## Sotto\n\nIl testo vero.', 'Il testo vero.'],
    ['image-only paragraph skipped', '![Foto](./a.jpg)\n\nDopo la foto.', 'Dopo la foto.'],
    ['image inside text dropped', 'Prima ![foto](./a.jpg) dopo.', 'Prima dopo.'],
    ['HTML block skipped', '<div class="box">\nriquadro\n</div>\n\nIl paragrafo.', 'Il paragrafo.'],
    ['inline HTML dropped', 'Un <abbr title="x">SoC</abbr> nuovo.', 'Un SoC nuovo.'],
    ['list skipped', '- primo\n- secondo\n\nIl paragrafo.', 'Il paragrafo.'],
    ['block quote skipped', '> Una citazione.\n\nIl paragrafo.', 'Il paragrafo.'],
    ['code block skipped', '```js\nconst a = 1;\n```\n\nIl paragrafo.', 'Il paragrafo.'],
    ['table skipped', '| a | b |\n| - | - |\n| 1 | 2 |\n\nIl paragrafo.', 'Il paragrafo.'],
    [
      'emphasis and links stripped',
      'Il **nuovo** [telefono](https://x.it) è *qui*.',
      'Il nuovo telefono è qui.',
    ],
    ['inline code kept as text', 'Installa `apt` subito.', 'Installa apt subito.'],
    ['strikethrough stripped', 'Costa ~~poco~~ tanto.', 'Costa poco tanto.'],
    ['whitespace collapsed', 'Riga uno\nriga   due\n\triga tre.', 'Riga uno riga due riga tre.'],
    ['hard break becomes a space', 'Prima riga\\\nseconda riga.', 'Prima riga seconda riga.'],
    [
      'reference link resolved from the end',
      'Vedi il [sito][1].\n\n## Altro\n\n[1]: https://x.it',
      'Vedi il sito.',
    ],
    ['footnote marker dropped', 'Il dato[^1] è noto.\n\n[^1]: Fonte ISTAT.', 'Il dato è noto.'],
    [
      'Italian quotes and apostrophes',
      `"Ciao", dice l'IA degli anni '90...`,
      '«Ciao», dice l’IA degli anni ’90…',
    ],
    ['no paragraph at all', '# Solo un titolo\n\n- e una lista', ''],
    ['empty body', '', ''],
  ])('%s', (_label, body, excerpt) => {
    expect(excerptFromMarkdown(body)).toBe(excerpt);
  });

  it('cuts long text at a word boundary within the limit and ends with …', () => {
    const body =
      'Il nuovo smartphone pieghevole costa meno del previsto e arriva in Italia a settembre.';
    expect(excerptFromMarkdown(body, 40)).toBe('Il nuovo smartphone pieghevole costa…');
  });

  it('keeps text exactly at the limit whole', () => {
    expect(excerptFromMarkdown('abcde fghij', 11)).toBe('abcde fghij');
  });

  it('drops weak punctuation left before the …', () => {
    expect(excerptFromMarkdown('Primo, secondo, terzo, quarto.', 16)).toBe('Primo, secondo…');
  });

  it('hard-cuts a single word longer than the limit', () => {
    expect(excerptFromMarkdown('https://example.com/un/indirizzo/lunghissimo', 20)).toBe(
      'https://example.com…',
    );
  });

  it('defaults to 160 characters, the meta description length', () => {
    const excerpt = excerptFromMarkdown('parola '.repeat(100));
    expect(EXCERPT_MAX).toBe(160);
    expect(excerpt.length).toBeLessThanOrEqual(160);
    expect(excerpt.length).toBeGreaterThan(150);
    expect(excerpt.endsWith('parola…')).toBe(true);
  });

  it('finds the first paragraph after a long code block with blank lines in it', () => {
    const body = `\`\`\`\n${'riga\n\n'.repeat(3000)}\`\`\`\n\nDopo il codice.`;
    expect(excerptFromMarkdown(body)).toBe('Dopo il codice.');
  });

  it('does not take text inside an HTML comment for a paragraph', () => {
    expect(excerptFromMarkdown('<!--\n\nnota interna\n\n-->\n\nIl paragrafo.')).toBe(
      'Il paragrafo.',
    );
  });

  it('gives a long article the excerpt of its start alone', () => {
    const start = `Il primo paragrafo, quello che conta. ${'Frase di contorno. '.repeat(20)}`;
    const tail = '## Sezione\n\nAltro testo con [link](https://x.it) e **enfasi**.\n\n'.repeat(500);
    expect(excerptFromMarkdown(`${start}\n\n${tail}`)).toBe(excerptFromMarkdown(start));
  });

  it('reads no definition inside a code fence left open', () => {
    const body = 'Vedi il [sito][1].\n\n```\nrecinto mai chiuso\n\n[1]: https://x.it';
    expect(excerptFromMarkdown(body)).toBe('Vedi il [sito][1].');
  });
});
