import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { italianSmartypants } from '@/plugins/italian-smartypants';

const processor = await createMarkdownProcessor({
  syntaxHighlight: false,
  smartypants: italianSmartypants,
});

const render = async (markdown: string) => (await processor.render(markdown)).code;

describe('italianSmartypants', () => {
  it.each([
    ['double quotes become caporali', 'Dice "ciao".', 'Dice «ciao».'],
    ['single quotes become curly', "Il cosiddetto 'effetto wow'.", 'Il cosiddetto ‘effetto wow’.'],
    ['nested quotes', `"Il 'nuovo' modello"`, '«Il ‘nuovo’ modello»'],
    ['quotes around emphasis', '"**tutto**"', '«<strong>tutto</strong>»'],
    ['elided article', "l'IA", 'l’IA'],
    ['elided preposition', "dell'anno", 'dell’anno'],
    ['truncated word', "un po' di", 'un po’ di'],
    ['capital elision', "L'azienda", 'L’azienda'],
    ['two dashes become an en dash', 'Xiaomi -- dice -- arriva', 'Xiaomi – dice – arriva'],
    ['three dashes become an em dash', 'Xiaomi --- dice', 'Xiaomi — dice'],
    ['ranges take an en dash', 'pagine 10--20', 'pagine 10–20'],
    ['three dots become an ellipsis', 'e poi...', 'e poi…'],
  ])('%s', async (_label, markdown, html) => {
    expect(await render(markdown)).toBe(`<p>${html}</p>`);
  });

  it('gets a two-digit year wrong on its own (fixed by remarkElidedYears)', async () => {
    expect(await render("gli anni '90")).toBe('<p>gli anni ‘90</p>');
  });

  it('leaves code alone', async () => {
    expect(await render('Scrivi `"ciao"` e `l\'IA`.')).toBe(
      '<p>Scrivi <code>"ciao"</code> e <code>l\'IA</code>.</p>',
    );
  });
});
