import { describe, expect, it } from 'vitest';
import { renderNewArticle } from '../../../src/lib/content/new-article';
import { validateArticle } from '../../../src/lib/content/validate-article';

const NOW = new Date('2026-11-25T08:00:00Z');

describe('renderNewArticle', () => {
  it('writes the given fields, today in the newsroom form and draft: true', () => {
    const text = renderNewArticle(
      {
        title: "L'IA: tutto qui? #1",
        date: NOW,
        author: 'Giulia Ferri',
        category: 'Smartphone',
        tags: ['5G', 'IA'],
      },
      'Europe/Rome',
    );
    const head = text.split('\n---\n')[0];
    expect(head).toMatchInlineSnapshot(`
      "---
      title: "L'IA: tutto qui? #1"
      date: 25 Novembre 2026
      # Con l’ora, tra virgolette se in forma ISO: date: 25 Novembre 2026 10:30 oppure "2026-11-25 10:30"
      author: "Giulia Ferri"
      category: "Smartphone"
      tags: ["5G", "IA"]
      # description: "Una frase che riassume l’articolo"
      # cover:
      #   src: ./images/nome-del-file.jpg
      #   alt: "Che cosa mostra l’immagine, per chi non la vede"
      # Togli draft: true (o scrivi false) quando l’articolo è pronto per la pubblicazione.
      draft: true"
    `);
  });

  it('takes the calendar day of Rome, not of UTC', () => {
    const text = renderNewArticle(
      { title: 'Notte', date: new Date('2026-11-24T23:30:00Z') },
      'Europe/Rome',
    );
    expect(text).toContain('\ndate: 25 Novembre 2026\n');
  });

  it('produces a file the schema accepts, with a body outline', () => {
    const text = renderNewArticle({ title: 'Prova', date: NOW, tags: ['Android'] }, 'Europe/Rome');
    const result = validateArticle({
      file: 'content/articles/prova.md',
      entry: 'prova.md',
      source: text,
    });
    expect(result.problems).toEqual([]);
    expect(result.data).toMatchObject({
      title: 'Prova',
      draft: true,
      tags: ['Android'],
      author: 'Redazione',
    });
    expect(result.body).toContain('## Il contesto');
  });
});
