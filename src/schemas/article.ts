/**
 * Front-matter of an article, as the newsroom writes it. The build (Astro's content layer) and
 * `npm run check` (gray-matter) both validate against this one schema.
 *
 * @see https://docs.astro.build/en/guides/content-collections/
 */
import { z } from 'astro/zod';
import { parseItalianDate } from '../lib/dates/parse-italian-date';
import { isSlug, slugify } from '../lib/articles/slug';
import { aliasFile } from '../lib/redirects/alias-redirects';
import { SITE } from '../site.config';

/** Years a news article can carry: `0018` or `2999` are typing slips, not dates. */
export const PLAUSIBLE_YEARS = { min: 1900, max: 2100 } as const;

/** A date in any form the newsroom writes (`04 Luglio 2018`, ISO, a YAML date), as an instant. */
export const italianDate = z.unknown().transform((value, ctx) => {
  const parsed = parseItalianDate(value, SITE.timeZone);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message, input: value });
    return z.NEVER;
  }
  const year = parsed.date.getUTCFullYear();
  if (year < PLAUSIBLE_YEARS.min || year > PLAUSIBLE_YEARS.max) {
    ctx.addIssue({
      code: 'custom',
      message: `l’anno ${year} non è plausibile per un articolo (ammessi dal ${PLAUSIBLE_YEARS.min} al ${PLAUSIBLE_YEARS.max}): controlla le cifre`,
      input: value,
    });
    return z.NEVER;
  }
  return parsed.date;
});

const nonEmpty = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `non può essere vuoto (${what})` });

/**
 * A category, tag or author name becomes an address (`/tag/<slug>/`): a name with no Latin
 * letter or digit (`日本`, `!!!`) would make an empty one.
 */
const termName = (what: string, example: string) =>
  nonEmpty(example).refine((value) => slugify(value) !== '', {
    error: `non contiene lettere latine o cifre, quindi non può diventare un indirizzo (/${what}/…/): aggiungi una trascrizione (${example})`,
  });

/** An old URL that can become a redirect file inside the site, and nothing else. */
const alias = nonEmpty('esempio: /2018/07/04/xiaomi.html').superRefine((value, ctx) => {
  const file = aliasFile(value);
  if (!file.ok) ctx.addIssue({ code: 'custom', message: file.message, input: value });
});

/**
 * A cover is a file of the project, next to the article: a URL scheme (`javascript:`, `data:`,
 * `https:`) or a protocol-relative `//host` would put a remote or scripted address in the page,
 * and the image pipeline cannot measure a remote file.
 */
export const localImagePath = nonEmpty('percorso dell’immagine').refine(
  (value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('//'),
  {
    error:
      'deve essere un file del progetto accanto all’articolo (esempio: ./images/xiaomi.jpg): indirizzi remoti e schemi come https: o javascript: non sono ammessi',
  },
);

/**
 * Builds the article schema around an image validator: Astro's `image()` in the content layer
 * (so covers go through the image pipeline), a plain path string in the checker.
 */
export function createArticleSchema<Image extends z.ZodType>(image: Image) {
  // Astro declares `image()` by its output, but it reads the path string the author wrote.
  const imageFromPath = image as unknown as z.ZodType<z.output<Image>, string>;
  return z
    .object({
      /** Headline, required. */
      title: nonEmpty('esempio: title: "Xiaomi arriva negli Stati Uniti"'),
      /** Publication date, required: `04 Luglio 2018`, `4 lug 2018 10:30`, `2018-07-04`… */
      date: italianDate,
      /** Date of the last significant update; none by default. */
      updated: italianDate.optional(),
      /** Author's display name; defaults to the site's `defaultAuthor`. */
      author: termName('autori', 'esempio: author: Giulia Ferri').default(SITE.defaultAuthor),
      /** One category, by display name (`Smartphone`); none by default. */
      category: termName('categorie', 'esempio: category: Smartphone').optional(),
      /** Tags by display name; empty by default. */
      tags: z.array(termName('tag', 'esempio: tags: [Android, Giappone]')).default([]),
      /** Meta description; defaults to an excerpt of the first paragraph. */
      description: nonEmpty('una frase di riassunto').optional(),
      /** Cover image, relative to the Markdown file, with its alternative text. */
      cover: z
        .object({
          src: localImagePath.pipe(imageFromPath),
          alt: nonEmpty('descrivi l’immagine per chi non la vede'),
        })
        .strict()
        .optional(),
      /** Drafts show in `npm run dev` and never in the build; false by default. */
      draft: z.boolean().default(false),
      /** URL slug override; defaults to the file name. */
      slug: z
        .string()
        .refine(isSlug, { error: 'deve essere in minuscolo con trattini (esempio: xiaomi-usa)' })
        .optional(),
      /** Old URLs of this article (paths or full URLs) that must keep working. */
      aliases: z.array(alias).default([]),
    })
    .strict()
    .superRefine(({ date, updated }, ctx) => {
      if (updated !== undefined && updated < date)
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: 'è precedente a date: l’aggiornamento viene dopo la pubblicazione',
          input: updated,
        });
    });
}

/** What the content loader adds to an article's front-matter in the collection. */
export const articleAdditionsSchema = z.object({
  /** Key of the rendered body's page record. */
  bodyKey: z.string(),
  /** The first paragraph as plain text, when there is no description to show instead. */
  excerpt: z.string().optional(),
  /** The body's length, by which the search page places the index's shards as the build does. */
  bodyLength: z.number().int().nonnegative(),
});

/** See {@link articleAdditionsSchema}. */
export type ArticleAdditions = z.output<typeof articleAdditionsSchema>;

/**
 * The `articles` collection's schema around Astro's `image()`: the front-matter plus what the
 * content loader adds to it.
 */
export function createArticleEntrySchema<Image extends z.ZodType>(image: Image) {
  return createArticleSchema(image).extend(articleAdditionsSchema.shape);
}

/** The checker's view of the schema: covers are paths, not imported images. */
export const articleFrontmatterSchema = createArticleSchema(z.string());

/** Validated front-matter, with defaults applied and dates as instants. */
export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;
