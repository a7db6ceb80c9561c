/**
 * Front-matter of an article, as the newsroom writes it. The build (Astro's content layer) and
 * `npm run check` (gray-matter) both validate against this one schema.
 *
 * @see https://docs.astro.build/en/guides/content-collections/
 */
import { z } from 'astro/zod';
import { parseItalianDate } from '../lib/dates/parse-italian-date';
import { isSlug } from '../lib/articles/slug';
import { aliasFile } from '../lib/redirects/alias-redirects';
import { SITE } from '../site.config';

/** A date in any form the newsroom writes (`04 Luglio 2018`, ISO, a YAML date), as an instant. */
export const italianDate = z.unknown().transform((value, ctx) => {
  const parsed = parseItalianDate(value, SITE.timeZone);
  if (parsed.ok) return parsed.date;
  ctx.addIssue({ code: 'custom', message: parsed.message, input: value });
  return z.NEVER;
});

const nonEmpty = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `non può essere vuoto (${what})` });

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
export function createArticleSchema<Image extends z.ZodType<unknown, string>>(image: Image) {
  return z
    .object({
      /** Headline, required. */
      title: nonEmpty('esempio: title: "Xiaomi arriva negli Stati Uniti"'),
      /** Publication date, required: `04 Luglio 2018`, `4 lug 2018 10:30`, `2018-07-04`… */
      date: italianDate,
      /** Date of the last significant update; none by default. */
      updated: italianDate.optional(),
      /** Author's display name; defaults to the site's `defaultAuthor`. */
      author: nonEmpty('esempio: author: Giulia Ferri').default(SITE.defaultAuthor),
      /** One category, by display name (`Smartphone`); none by default. */
      category: nonEmpty('esempio: category: Smartphone').optional(),
      /** Tags by display name; empty by default. */
      tags: z.array(nonEmpty('esempio: tags: [Android, 5G]')).default([]),
      /** Meta description; defaults to an excerpt of the first paragraph. */
      description: nonEmpty('una frase di riassunto').optional(),
      /** Cover image, relative to the Markdown file, with its alternative text. */
      cover: z
        .object({
          src: localImagePath.pipe(image),
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
    .strict();
}

/** The checker's view of the schema: covers are paths, not imported images. */
export const articleFrontmatterSchema = createArticleSchema(z.string());

/** Validated front-matter, with defaults applied and dates as instants. */
export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;
