import { describe, expect, it } from 'vitest';
import { renderNewArticle } from '../../../src/lib/content/new-article';
import { validateArticle } from '../../../src/lib/content/validate-article';

const NOW = new Date('2026-11-25T08:00:00Z');

describe('renderNewArticle', () => {
  it('writes the given fields, now to the minute in the newsroom form (Rome) and draft: true', () => {
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
      date: 25 Novembre 2026 09:00
      # Ora di Roma. Con una data futura l’articolo esce da solo a quell’ora.
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

  it('takes the day and time of Rome, not of UTC, summer time included', () => {
    const night = renderNewArticle(
      { title: 'Notte', date: new Date('2026-11-24T23:30:59Z') },
      'Europe/Rome',
    );
    expect(night).toContain('\ndate: 25 Novembre 2026 00:30\n');
    const summer = renderNewArticle(
      { title: 'Estate', date: new Date('2026-07-04T08:42:00Z') },
      'Europe/Rome',
    );
    expect(summer).toContain('\ndate: 04 Luglio 2026 10:42\n');
  });

  it('produces a file the schema accepts, with a body outline', () => {
    const text = renderNewArticle({ title: 'Prova', date: NOW, tags: ['Android'] }, 'Europe/Rome');
    const result = validateArticle({
      file: 'content/articles/prova.md',
      entry: 'prova.md',
      source: text,
    });
    expect(result.problems).toEqual([]);
    expect(result.data?.date.getTime()).toBe(NOW.getTime());
    expect(result.data).toMatchObject({
      title: 'Prova',
      draft: true,
      tags: ['Android'],
      author: 'Redazione',
    });
    expect(result.body).toContain('## Il contesto');
  });
});
