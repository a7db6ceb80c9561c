/**
 * Reader comments of one article, frozen as a JSON snapshot in `content/comments/<slug>.json`.
 * The content layer, `npm run check`, the importers and the published JSON Schema
 * (`schemas/comment-snapshot.schema.json`) all read this one definition, so it imports nothing
 * from Astro's virtual modules.
 */
import { z } from 'astro/zod';
import { SITE } from '../site.config';

/** Longest comment body, in characters: a long reader's essay fits, a pasted dump does not. */
export const MAX_COMMENT_BODY = 10_000;

/** Years a comment can carry: the web had no comments before 1990. */
const COMMENT_YEARS = { min: 1990, max: 2100 } as const;

const isoDateTime = (what: string) =>
  z.iso
    .datetime({
      offset: true,
      error: `deve essere una data ISO 8601 con fuso (esempio: 2018-07-04T10:30:00+02:00) (${what})`,
    })
    .refine(
      // Only a well-formed date has a year to judge; the format error speaks for the rest.
      (value) => {
        const year = Number(/^(\d{4})-/.exec(value)?.[1] ?? Number.NaN);
        return Number.isNaN(year) || (year >= COMMENT_YEARS.min && year <= COMMENT_YEARS.max);
      },
      {
        error: `ha un anno non plausibile (ammessi dal ${COMMENT_YEARS.min} al ${COMMENT_YEARS.max}): controlla le cifre (${what})`,
      },
    );

const nonBlank = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `è obbligatorio (${what})` : `deve essere un testo (${what})`,
    })
    .regex(/\S/, { error: `non può essere vuoto (${what})` });

/** A strict object whose unknown keys are named in Italian, for authors editing by hand. */
const strictObject = <Shape extends z.ZodRawShape>(shape: Shape, what: string) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `campo sconosciuto (ammessi: ${Object.keys(shape).join(', ')})`
        : `deve essere un oggetto (${what})`,
  });

/** What happened to a comment; a missing status means `published`. */
export const commentStatusSchema = z
  .enum(['published', 'deleted', 'spam'], {
    error: 'deve essere "published", "deleted" o "spam"',
  })
  .meta({ description: 'Stato del commento; se manca vale "published".' });

/** One comment, flat: replies point at their parent by id. */
export const commentSchema = strictObject(
  {
    id: nonBlank('identificativo unico nel file').meta({
      description: 'Identificativo stabile, unico nel file (esempio: "disqus-3981234567").',
    }),
    parent: z
      .union([nonBlank('id di un altro commento del file'), z.null()], {
        error: 'deve essere l’id di un commento del file oppure null',
      })
      .meta({ description: 'Id del commento a cui risponde, null per i commenti principali.' }),
    author: nonBlank('nome dell’autore').optional().meta({
      description: 'Nome visualizzato; se manca si mostra "Anonimo".',
    }),
    date: isoDateTime('data del commento').optional().meta({
      description:
        'Data e ora ISO 8601 con fuso; i commenti senza data restano nell’ordine del file.',
    }),
    body: nonBlank('testo del commento')
      .max(MAX_COMMENT_BODY, {
        error: `è troppo lungo: al massimo ${MAX_COMMENT_BODY.toLocaleString(SITE.locale)} caratteri`,
      })
      .meta({
        description:
          'Testo semplice con un piccolo sottoinsieme di Markdown (corsivo, grassetto, citazioni, link).',
      }),
    status: commentStatusSchema.optional(),
  },
  'un commento: { "id", "parent", "body", … }',
);

/** A whole snapshot file. */
export const commentSnapshotSchema = strictObject(
  {
    // Editors read it to find this schema; the site ignores it.
    $schema: z.string().optional().meta({
      description:
        'Percorso dello JSON Schema, per l’editor: ../../schemas/comment-snapshot.schema.json',
    }),
    version: z.literal(1, { error: 'deve essere 1' }),
    article: nonBlank('slug dell’articolo, uguale al nome del file').meta({
      description: 'Slug dell’articolo; il file deve chiamarsi <slug>.json.',
    }),
    source: nonBlank('provenienza, per esempio "legacy" o "disqus"').meta({
      description: 'Provenienza dei commenti.',
      examples: ['legacy', 'disqus'],
    }),
    exportedAt: isoDateTime('data dell’esportazione').optional().meta({
      description: 'Quando la fonte è stata esportata.',
    }),
    comments: z.array(commentSchema, { error: 'deve essere un elenco di commenti' }),
  },
  '{ "version": 1, "article", "source", "comments": […] }',
).meta({
  title: 'Commenti di un articolo di Rotativa',
  description: 'Istantanea dei commenti dei lettori di un articolo (content/comments/<slug>.json).',
});

/** A comment as stored. */
export type Comment = z.infer<typeof commentSchema>;

/** A snapshot file as stored. */
export type CommentSnapshot = z.infer<typeof commentSnapshotSchema>;
