import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { remarkItalianSmartypants } from '@/plugins/remark-italian-smartypants';

const processor = await createMarkdownProcessor({
  syntaxHighlight: false,
  smartypants: false,
  remarkPlugins: [remarkItalianSmartypants],
});

const render = async (markdown: string) => (await processor.render(markdown)).code;

describe('remarkItalianSmartypants', () => {
  it.each([
    ['double quotes become caporali', 'Dice "ciao".', 'Dice «ciao».'],
    ['single quotes become curly', "Il cosiddetto 'effetto wow'.", 'Il cosiddetto ‘effetto wow’.'],
    ['nested quotes', `"Il 'nuovo' modello"`, '«Il ‘nuovo’ modello»'],
    ['two quotes opening together', `"'Nuovo' è la parola"`, '«‘Nuovo’ è la parola»'],
    ['quotes around emphasis', '"**tutto**"', '«<strong>tutto</strong>»'],
    ['quotes inside emphasis', '**"tutto"** qui', '<strong>«tutto»</strong> qui'],
    [
      'quote spanning text and emphasis',
      '"Il **nuovo** modello"',
      '«Il <strong>nuovo</strong> modello»',
    ],
    [
      'quotes around a link',
      'Leggi "[la guida](/guida/)".',
      'Leggi «<a href="/guida/">la guida</a>».',
    ],
    ['quotes after a parenthesis', '("ciao")', '(«ciao»)'],
    ['quotes after a bracket', '["ciao"]', '[«ciao»]'],
    ['closing after punctuation', '"Davvero?" chiese.', '«Davvero?» chiese.'],
    ['closing after an ellipsis', '"Poi..." disse', '«Poi…» disse'],
    ['opening before an ellipsis', '"...e poi" disse', '«…e poi» disse'],
    ['elided article', "l'IA", 'l’IA'],
    ['elided preposition', "dell'anno", 'dell’anno'],
    ['truncated word', "un po' di", 'un po’ di'],
    ['capital elision', "L'azienda", 'L’azienda'],
    ['elided year', "gli anni '90", 'gli anni ’90'],
    ['elided years in a row', "nel '68 e nel '77", 'nel ’68 e nel ’77'],
    ['elided year in emphasis', "*'90*", '<em>’90</em>'],
    ['quoted year of four digits', "il '2000'", 'il ‘2000’'],
    ['elision before code', "all'`npm`", 'all’<code>npm</code>'],
    ['quotes around code', '"`npm`"', '«<code>npm</code>»'],
    ['two dashes become an en dash', 'Xiaomi -- dice -- arriva', 'Xiaomi – dice – arriva'],
    ['three dashes become an em dash', 'Xiaomi --- dice', 'Xiaomi — dice'],
    ['ranges take an en dash', 'pagine 10--20', 'pagine 10–20'],
    ['four dashes stay', 'a ---- b', 'a ---- b'],
    ['three dots become an ellipsis', 'e poi...', 'e poi…'],
    ['spaced dots become an ellipsis', 'e poi. . .', 'e poi…'],
    ['quotes in a heading', '## "Ciao"', '<h2 id="ciao">«Ciao»</h2>'],
    ['quotes after a line break', 'fine  \n"ciao"', 'fine<br>\n«ciao»'],
  ])('%s', async (_label, markdown, html) => {
    const rendered = await render(markdown);
    expect(rendered.startsWith('<h2') ? rendered : rendered.replace(/^<p>|<\/p>$/g, '')).toBe(html);
  });

  it('reads quotes per table cell', async () => {
    expect(await render('| a | b |\n| - | - |\n| "x" | l\'IA |')).toContain(
      '<td>«x»</td>\n<td>l’IA</td>',
    );
  });

  it('leaves code alone', async () => {
    expect(await render('Scrivi `"ciao"` e `l\'IA` -- e `a--b...`.')).toBe(
      '<p>Scrivi <code>"ciao"</code> e <code>l\'IA</code> – e <code>a--b...</code>.</p>',
    );
    expect(await render('```\n"ciao" -- l\'IA...\n```')).toContain('"ciao" -- l\'IA...');
  });

  it('leaves inline HTML alone', async () => {
    expect(await render('Un <abbr title="l\'IA -- oggi">IA</abbr> "vero"')).toBe(
      '<p>Un <abbr title="l&#x27;IA -- oggi">IA</abbr> «vero»</p>',
    );
  });

  it('leaves autolinked URLs alone, but quotes them', async () => {
    expect(await render('"https://example.com/a--b...c" e www.example.it/l\'x')).toBe(
      '<p>«<a href="https://example.com/a--b...c">https://example.com/a--b...c</a>» e ' +
        '<a href="http://www.example.it/l&#x27;x">www.example.it/l\'x</a></p>',
    );
  });

  it('rewrites the text of ordinary links', async () => {
    expect(await render("[l'IA -- oggi](https://example.com/a--b)")).toBe(
      '<p><a href="https://example.com/a--b">l’IA – oggi</a></p>',
    );
  });
});
