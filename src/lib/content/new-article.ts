/**
 * The file `npm run new` writes: front-matter the checker accepts as it is, with the current
 * minute in the newsroom's form and `draft: true`, the optional fields as commented examples, and an
 * outline of the body to write over.
 */
import { formatNewsroomDateTime } from '../dates/format-italian-date';

/** What the author gives on the command line. */
export interface NewArticleFields {
  title: string;
  /** When the article is started; written to the minute as `25 Novembre 2026 09:00`. */
  date: Date;
  author?: string | undefined;
  category?: string | undefined;
  tags?: readonly string[] | undefined;
}

/**
 * A YAML scalar for any text: JSON's double-quoted strings are valid YAML and keep `:`, `#`,
 * quotes and leading symbols from changing the meaning.
 */
const quoted = (text: string): string => JSON.stringify(text);

/** The body outline: Italian placeholders an author replaces. */
const OUTLINE = `Scrivi qui l’attacco: chi, cosa, quando, dove e perché, in due o tre frasi. Se manca \`description\`, questo paragrafo fa da riassunto negli elenchi e nei risultati di ricerca.

## Il contesto

Che cosa è successo prima e perché la notizia conta adesso.

## I dettagli

Dati, dichiarazioni e fonti. Un link a un altro articolo si scrive con il suo indirizzo: \`[titolo](/articoli/slug-dell-articolo/)\`.

## Cosa cambia

Che cosa significa per chi legge, e che cosa aspettarsi nei prossimi mesi.
`;

/**
 * The Markdown text of a new article.
 *
 * @param timeZone Zone whose clock is written (`SITE.timeZone`).
 */
export function renderNewArticle(fields: NewArticleFields, timeZone: string): string {
  const tags = fields.tags ?? [];
  const lines = [
    '---',
    `title: ${quoted(fields.title)}`,
    `date: ${formatNewsroomDateTime(fields.date, timeZone)}`,
    '# Ora di Roma. Con una data futura l’articolo esce da solo a quell’ora.',
    ...(fields.author ? [`author: ${quoted(fields.author)}`] : []),
    ...(fields.category ? [`category: ${quoted(fields.category)}`] : []),
    ...(tags.length > 0 ? [`tags: [${tags.map(quoted).join(', ')}]`] : []),
    '# description: "Una frase che riassume l’articolo"',
    '# cover:',
    '#   src: ./images/nome-del-file.jpg',
    '#   alt: "Che cosa mostra l’immagine, per chi non la vede"',
    '# Togli draft: true (o scrivi false) quando l’articolo è pronto per la pubblicazione.',
    'draft: true',
    '---',
    '',
    OUTLINE,
  ];
  return lines.join('\n');
}
